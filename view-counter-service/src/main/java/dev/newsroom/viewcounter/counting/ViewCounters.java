package dev.newsroom.viewcounter.counting;

import dev.newsroom.viewcounter.counting.ViewCounters.ViewCounter;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Per-article totals, each with the offset of the last {@code views.v1} record it
 * includes. All views of an article share a partition (the article id is the key), so
 * that one offset tells whether a redelivered record is already counted.
 */
@Component
class ViewCounters {

	private static final String COLLECTION = "view_counters";

	private final MongoTemplate mongo;

	ViewCounters(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The offset of the last record counted for the article, or -1. */
	long lastOffset(String articleId) {
		ViewCounter counter = mongo.findById(articleId, ViewCounter.class, COLLECTION);
		return counter == null ? -1 : counter.lastOffset();
	}

	long total(String articleId) {
		ViewCounter counter = mongo.findById(articleId, ViewCounter.class, COLLECTION);
		return counter == null ? 0 : counter.total();
	}

	/**
	 * Adds views up to {@code lastOffset} once. Applying the same records again is a
	 * no-op: the filter misses the counter that is already past them, the upsert then
	 * collides with its {@code _id} (E11000), and the stored total stands.
	 */
	long add(String articleId, long views, int partition, long lastOffset) {
		try {
			ViewCounter counter = mongo.findAndModify(
					Query.query(Criteria.where("_id").is(articleId).and("lastOffset").lt(lastOffset)),
					new Update().inc("total", views).set("partition", partition).set("lastOffset", lastOffset),
					FindAndModifyOptions.options().upsert(true).returnNew(true), ViewCounter.class, COLLECTION);
			return counter.total();
		}
		catch (DuplicateKeyException alreadyApplied) {
			return total(articleId);
		}
	}

	record ViewCounter(String id, long total, int partition, long lastOffset) {
	}

}
