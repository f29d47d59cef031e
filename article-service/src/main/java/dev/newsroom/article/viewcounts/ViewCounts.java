package dev.newsroom.article.viewcounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.newsroom.contracts.views.ViewCountChanged;
import dev.newsroom.events.Delivery;

import org.springframework.data.mongodb.core.BulkOperations;
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
	 * A poll's totals in one round trip. Totals only grow, so keeping each article's
	 * largest ({@code $max}) makes redelivered or reordered events harmless. Each is
	 * found by the article's id alone: a filter on the total too is one that some servers
	 * of the wire protocol answer by going through the whole collection.
	 */
	public void apply(List<Delivery<ViewCountChanged>> totals) {
		Map<String, Long> largest = new HashMap<>();
		totals.forEach(total -> largest.merge(total.event().articleId(), total.event().total(), Math::max));
		if (largest.isEmpty()) {
			return;
		}
		BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		largest.forEach((articleId, total) -> writes.upsert(Query.query(Criteria.where("_id").is(articleId)),
				new Update().max("total", total)));
		writes.execute();
	}

	record ViewCount(String id, long total) {
	}

}
