package dev.newsroom.article.viewcounts;

import dev.newsroom.contracts.views.ViewCountChanged;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The view totals shown on articles, kept apart from the article documents so that a
 * count arriving never races an editor's save.
 */
@Component
public class ViewCounts {

	private static final String COLLECTION = "view_counts";

	private final MongoTemplate mongo;

	ViewCounts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public long totalOf(String articleId) {
		ViewCount count = mongo.findById(articleId, ViewCount.class, COLLECTION);
		return count == null ? 0 : count.total();
	}

	/**
	 * Totals only grow, so keeping the largest one makes redelivered or reordered events
	 * harmless. The filter misses a document that already holds a larger total; the
	 * upsert then collides with it on {@code _id}, which means there is nothing to do.
	 */
	public void apply(ViewCountChanged changed) {
		try {
			mongo.findAndModify(
					Query.query(Criteria.where("_id").is(changed.articleId()).and("total").lt(changed.total())),
					new Update().set("total", changed.total()), FindAndModifyOptions.options().upsert(true),
					ViewCount.class, COLLECTION);
		}
		catch (DuplicateKeyException alreadyNewer) {
			// a total at least as large is stored
		}
	}

	record ViewCount(String id, long total) {
	}

}
