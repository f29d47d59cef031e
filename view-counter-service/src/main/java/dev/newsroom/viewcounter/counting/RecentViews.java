package dev.newsroom.viewcounter.counting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;
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

	private static final String EXPIRY = "expiry";

	private final MongoTemplate mongo;

	private final Duration window;

	private final Clock clock;

	RecentViews(MongoTemplate mongo, @Value("${newsroom.views.repeat-window}") Duration window, Clock clock) {
		this.mongo = mongo;
		this.window = window;
		this.clock = clock;
		keepEntriesForTheWindow();
	}

	/**
	 * A visitor's entry is of no use once its window has passed: MongoDB drops it that
	 * long (and an hour) after it was stored. Not after the view's own time, or a backlog
	 * of old views would find every entry expired at once and count repeats again. An
	 * index made for another window, or on the view's time as before, is dropped first:
	 * MongoDB refuses an index of the same fields with other options.
	 */
	private void keepEntriesForTheWindow() {
		IndexOperations indexes = mongo.indexOps(COLLECTION);
		long seconds = window.plus(Duration.ofHours(1)).toSeconds();
		for (IndexInfo index : indexes.getIndexInfo()) {
			boolean expiring = index.getExpireAfter().isPresent();
			boolean current = index.getName().equals(EXPIRY)
					&& index.getExpireAfter().map(expireAfter -> expireAfter.toSeconds() == seconds).orElse(false);
			if (expiring && !current) {
				indexes.dropIndex(index.getName());
			}
		}
		indexes.createIndex(
				new Index().on("storedAt", Sort.Direction.ASC).named(EXPIRY).expire(Duration.ofSeconds(seconds)));
		// entries stored before they had a time of their own would never expire: they
		// expire a window from now
		mongo.updateMulti(Query.query(Criteria.where("storedAt").exists(false)),
				new Update().set("storedAt", clock.instant()), COLLECTION);
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
					new Update().set("countedAt", viewedAt)
						.set("storedAt", clock.instant())
						.set("partition", partition)
						.set("offset", offset),
					COLLECTION);
		}
		return counts;
	}

	record RecentView(String id, Instant countedAt, int partition, long offset) {
	}

}
