package dev.newsroom.viewcounter.counting;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Per-article totals, each with, per partition of {@code views.v1}, the offset of the
 * last record it includes. An article's views share a partition (the article id is the
 * key), but more partitions move keys, so the watermark is kept per partition: a record
 * at or below its partition's watermark is already counted.
 */
@Component
class ViewCounters {

	private static final String COLLECTION = "view_counters";

	private final MongoTemplate mongo;

	ViewCounters(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The offset of the last record of this partition counted for the article, or -1. */
	long lastOffset(String articleId, int partition) {
		Document counter = mongo.findById(articleId, Document.class, COLLECTION);
		if (counter == null) {
			return -1;
		}
		Document offsets = counter.get("offsets", Document.class);
		Number offset = offsets == null ? null : offsets.get(String.valueOf(partition), Number.class);
		return offset == null ? -1 : offset.longValue();
	}

	long total(String articleId) {
		Document counter = mongo.findById(articleId, Document.class, COLLECTION);
		return counter == null ? 0 : counter.get("total", Number.class).longValue();
	}

	/**
	 * Adds the views of a partition's records up to {@code lastOffset} once. Applying the
	 * same records again is a no-op: the filter misses the counter that is already past
	 * them, the upsert then collides with its {@code _id} (E11000), and the stored total
	 * stands. Returns the stored total.
	 */
	long add(String articleId, long views, int partition, long lastOffset) {
		String watermark = "offsets." + partition;
		try {
			Document counter = mongo.findAndModify(
					Query.query(Criteria.where("_id")
						.is(articleId)
						.orOperator(Criteria.where(watermark).lt(lastOffset), Criteria.where(watermark).exists(false))),
					new Update().inc("total", views).set(watermark, lastOffset),
					FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
			return counter.get("total", Number.class).longValue();
		}
		catch (DuplicateKeyException alreadyApplied) {
			return total(articleId);
		}
	}

}
