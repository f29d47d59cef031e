package dev.newsroom.site.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.newsroom.contracts.views.ViewCountChanged;
import dev.newsroom.events.Delivery;
import dev.newsroom.site.articles.ArticleStored;
import dev.newsroom.site.articles.SiteArticles;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * "Lượt xem: 2287": each article's total from {@code view-counts.v1}. Totals only grow,
 * so the largest is kept ({@code $max}), and redelivered or reordered events change
 * nothing. Each is kept here and on the article's entry, which its page reads: a total
 * may come before its article, and is kept here before the entry is written, and read
 * from here after the article is stored, so that one of the two finds the other.
 */
@Component
public class ViewTotals {

	private static final String COLLECTION = "view_totals";

	private final MongoTemplate mongo;

	private final SiteArticles articles;

	ViewTotals(MongoTemplate mongo, SiteArticles articles) {
		this.mongo = mongo;
		this.articles = articles;
	}

	/**
	 * A poll's totals in one round trip, each article's largest. Each is found by the
	 * article's id alone: a filter on the total too is one that some servers of the wire
	 * protocol answer by going through the whole collection. Then what is kept, not what
	 * came, goes onto the articles' entries: a total delivered again may be older than
	 * the one kept, and be the first an entry stored before it kept totals gets.
	 */
	public void changed(List<Delivery<ViewCountChanged>> totals) {
		Map<String, Long> largest = new HashMap<>();
		totals.forEach(total -> largest.merge(total.event().articleId(), total.event().total(), Math::max));
		if (largest.isEmpty()) {
			return;
		}
		BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		largest.forEach((articleId, total) -> writes.upsert(Query.query(Criteria.where("_id").is(articleId)),
				new Update().max("total", total)));
		writes.execute();
		Map<String, Long> kept = new HashMap<>();
		mongo.find(Query.query(Criteria.where("_id").in(largest.keySet())), Total.class, COLLECTION)
			.forEach(total -> kept.put(total.id(), total.total()));
		articles.viewed(kept);
	}

	/**
	 * Its total so far onto its entry, none too: its page then no longer reads it apart.
	 */
	@EventListener
	void stored(ArticleStored article) {
		articles.viewed(Map.of(article.articleId(), of(article.articleId())));
	}

	public void forgotten(String articleId) {
		mongo.remove(Query.query(Criteria.where("_id").is(articleId)), COLLECTION);
		articles.viewsForgotten(articleId);
	}

	public long of(String articleId) {
		Total total = mongo.findById(articleId, Total.class, COLLECTION);
		return total == null ? 0 : total.total();
	}

	record Total(String id, long total) {
	}

}
