package dev.newsroom.comment.submitting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.bson.Document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * How many comments one client address, and one article, may receive in a window: a
 * counter per window in the database every instance shares, raised atomically, so that
 * two instances together allow no more than one would.
 */
@Component
class SubmissionLimits {

	private static final String COLLECTION = "submission_counts";

	private final Limit perAddress;

	private final Limit perArticle;

	private final MongoTemplate mongo;

	private final Clock clock;

	SubmissionLimits(@Value("${newsroom.comments.limits.per-address}") int perAddress,
			@Value("${newsroom.comments.limits.per-article}") int perArticle,
			@Value("${newsroom.comments.limits.window}") Duration window, MongoTemplate mongo, Clock clock) {
		this.perAddress = new Limit("address", perAddress, window);
		this.perArticle = new Limit("article", perArticle, window);
		this.mongo = mongo;
		this.clock = clock;
		// a counter goes when its window has ended
		mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("expiresAt", Sort.Direction.ASC).named("expiry").expire(Duration.ZERO));
	}

	/**
	 * Counts a comment from this address on this article; if either is over its limit,
	 * how long until the window ends.
	 */
	Optional<Duration> count(String addressKey, String articleId) {
		Instant now = clock.instant();
		Optional<Duration> address = perAddress.count(addressKey, now);
		return address.isPresent() ? address : perArticle.count(articleId, now);
	}

	private final class Limit {

		private final String name;

		private final int max;

		private final Duration window;

		Limit(String name, int max, Duration window) {
			this.name = name;
			this.max = max;
			this.window = window;
		}

		Optional<Duration> count(String key, Instant now) {
			long windowMillis = window.toMillis();
			long start = now.toEpochMilli() / windowMillis * windowMillis;
			Instant end = Instant.ofEpochMilli(start + windowMillis);
			long count = increment(name + "|" + key + "|" + start, end);
			return count > max ? Optional.of(Duration.between(now, end)) : Optional.empty();
		}

		private long increment(String id, Instant end) {
			try {
				return upsertIncrement(id, end);
			}
			catch (DuplicateKeyException anotherInstanceMadeItFirst) {
				// both inserted the window's counter at once; it exists now
				return upsertIncrement(id, end);
			}
		}

		private long upsertIncrement(String id, Instant end) {
			return mongo
				.findAndModify(Query.query(Criteria.where("_id").is(id)),
						new Update().inc("count", 1).setOnInsert("expiresAt", end),
						FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION)
				.get("count", Number.class)
				.longValue();
		}

	}

}
