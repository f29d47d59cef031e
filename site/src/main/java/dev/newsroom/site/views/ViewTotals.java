package dev.newsroom.site.views;

import dev.newsroom.contracts.views.ViewCountChanged;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * "Lượt xem: 2287": each article's total from {@code view-counts.v1}. Totals only grow,
 * so the largest is kept, and redelivered or reordered events change nothing.
 */
@Component
public class ViewTotals {

	private static final String COLLECTION = "view_totals";

	private final MongoTemplate mongo;

	ViewTotals(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void changed(ViewCountChanged changed) {
		try {
			mongo.findAndModify(
					Query.query(Criteria.where("_id").is(changed.articleId()).and("total").lt(changed.total())),
					new Update().set("total", changed.total()), FindAndModifyOptions.options().upsert(true),
					Total.class, COLLECTION);
		}
		catch (DuplicateKeyException largerKept) {
			// a total at least as large is stored
		}
	}

	public void forgotten(String articleId) {
		mongo.remove(Query.query(Criteria.where("_id").is(articleId)), COLLECTION);
	}

	public long of(String articleId) {
		Total total = mongo.findById(articleId, Total.class, COLLECTION);
		return total == null ? 0 : total.total();
	}

	record Total(String id, long total) {
	}

}
