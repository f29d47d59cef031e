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
	 * Adds the views of a partition's records after {@code countedUpTo} and up to
	 * {@code lastOffset}, if the watermark is still {@code countedUpTo}: a
	 * compare-and-set on the watermark that was read. Another consumer that counted some
	 * of these records meanwhile (a zombie whose batch outlived its partition, say) moved
	 * it, and then nothing is added: the caller counts again from the new watermark.
	 * Returns the stored total.
	 * @throws WatermarkMoved if the watermark is no longer {@code countedUpTo}
	 */
	long add(String articleId, long views, int partition, long countedUpTo, long lastOffset) {
		String watermark = "offsets." + partition;
		Criteria unchanged = countedUpTo < 0 ? Criteria.where(watermark).exists(false)
				: Criteria.where(watermark).is(countedUpTo);
		try {
			Document counter = mongo.findAndModify(
					Query.query(Criteria.where("_id").is(articleId).andOperator(unchanged)),
					new Update().inc("total", views).set(watermark, lastOffset),
					FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
			return counter.get("total", Number.class).longValue();
		}
		catch (DuplicateKeyException moved) {
			// the filter missed an existing counter, and the upsert collided with its id
			throw new WatermarkMoved(articleId, partition, moved);
		}
	}

	/**
	 * Someone else counted records of this article and partition since they were read.
	 */
	static final class WatermarkMoved extends RuntimeException {

		WatermarkMoved(String articleId, int partition, Throwable cause) {
			super("The watermark of " + articleId + " on partition " + partition + " moved", cause);
		}

	}

}
