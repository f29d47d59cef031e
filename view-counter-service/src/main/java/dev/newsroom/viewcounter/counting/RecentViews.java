package dev.newsroom.viewcounter.counting;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * When each visitor's view of each article last counted. A view within the repeat window
 * of the last counted one does not count. The record that counted is remembered, so that
 * the same record delivered again still counts: it was not a repeat.
 */
@Component
class RecentViews {

	private static final String COLLECTION = "recent_views";

	private final MongoTemplate mongo;

	private final Duration window;

	RecentViews(MongoTemplate mongo, @Value("${newsroom.views.repeat-window}") Duration window) {
		this.mongo = mongo;
		this.window = window;
		// a visitor's entry is of no use once its window has passed: let MongoDB drop it
		mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("countedAt", Sort.Direction.ASC).expire(window.plus(Duration.ofHours(1))));
	}

	/**
	 * Whether this view counts; if it does, it becomes the visitor's last counted view.
	 */
	boolean counts(String articleId, String visitorHash, Instant viewedAt, int partition, long offset) {
		String id = articleId + "|" + visitorHash;
		RecentView last = mongo.findById(id, RecentView.class, COLLECTION);
		boolean counts = last == null || !viewedAt.isBefore(last.countedAt().plus(window))
				|| (last.partition() == partition && last.offset() == offset);
		if (counts) {
			mongo.upsert(Query.query(Criteria.where("_id").is(id)),
					new Update().set("countedAt", viewedAt).set("partition", partition).set("offset", offset),
					COLLECTION);
		}
		return counts;
	}

	record RecentView(String id, Instant countedAt, int partition, long offset) {
	}

}
