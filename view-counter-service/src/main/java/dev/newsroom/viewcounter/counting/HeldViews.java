package dev.newsroom.viewcounter.counting;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import com.mongodb.ErrorCategory;
import dev.newsroom.contracts.views.PageViewed;
import dev.newsroom.events.Delivery;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Views of articles the catalogue does not know yet. An article is public the moment it
 * is saved, and the catalogue hears of it a moment later: the first readers of a breaking
 * story are held here and counted once its publication arrives. Held views of an id that
 * is not published within a while are dropped by MongoDB, and beyond a bound nothing more
 * is held, so that views of made-up ids cost little.
 */
@Component
class HeldViews {

	private static final Logger log = LoggerFactory.getLogger(HeldViews.class);

	private static final String COLLECTION = "held_views";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final long maxHeld;

	HeldViews(MongoTemplate mongo, Clock clock, @Value("${newsroom.views.hold.for}") Duration holdFor,
			@Value("${newsroom.views.hold.max}") long maxHeld) {
		this.mongo = mongo;
		this.clock = clock;
		this.maxHeld = maxHeld;
		ExpiringIndex.ensure(mongo, COLLECTION, "heldAt", holdFor);
		mongo.indexOps(COLLECTION).createIndex(new Index().on("articleId", Sort.Direction.ASC).named("article"));
	}

	/**
	 * Holds these views, each once however often its record is delivered; none once the
	 * bound is reached.
	 */
	void hold(List<Delivery<PageViewed>> views) {
		if (views.isEmpty()) {
			return;
		}
		if (mongo.estimatedCount(COLLECTION) >= maxHeld) {
			// a flood of views of made-up articles, most likely; those of an article
			// published now are lost until some are dropped
			log.warn("{} views of articles not known yet are not held: {} are already", views.size(), maxHeld);
			return;
		}
		BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		Date heldAt = Date.from(clock.instant());
		for (Delivery<PageViewed> delivery : views) {
			PageViewed view = delivery.event();
			bulk.insert(new Document("_id", idOf(delivery)).append("articleId", view.articleId())
				.append("partition", delivery.partition())
				.append("offset", delivery.offset())
				.append("eventId", view.eventId())
				.append("occurredAt", Date.from(view.occurredAt()))
				.append("visitorHash", view.visitorHash())
				.append("clientHash", view.clientHash())
				.append("addressHash", view.addressHash())
				.append("bot", view.bot())
				.append("heldAt", heldAt));
		}
		try {
			bulk.execute();
		}
		catch (BulkOperationException alreadyHeld) {
			if (alreadyHeld.getErrors()
				.stream()
				.anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
				throw alreadyHeld;
			}
		}
	}

	/** The views held for these articles, as they were delivered. */
	List<Delivery<PageViewed>> of(Collection<String> articleIds) {
		return mongo.find(Query.query(Criteria.where("articleId").in(articleIds)), Document.class, COLLECTION)
			.stream()
			.map(HeldViews::delivery)
			.toList();
	}

	/** Once they are counted. */
	void release(Collection<Delivery<PageViewed>> views) {
		if (!views.isEmpty()) {
			mongo.remove(Query.query(Criteria.where("_id").in(views.stream().map(HeldViews::idOf).toList())),
					COLLECTION);
		}
	}

	private static String idOf(Delivery<PageViewed> delivery) {
		return delivery.partition() + ":" + delivery.offset();
	}

	private static Delivery<PageViewed> delivery(Document held) {
		var view = new PageViewed(held.getString("eventId"), held.getDate("occurredAt").toInstant(),
				held.getString("articleId"), held.getString("visitorHash"), held.getString("clientHash"),
				held.getString("addressHash"), held.getBoolean("bot"));
		return new Delivery<>(view, view.articleId(), held.getInteger("partition"),
				held.get("offset", Number.class).longValue());
	}

}
