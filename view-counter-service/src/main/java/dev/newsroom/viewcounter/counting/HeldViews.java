package dev.newsroom.viewcounter.counting;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.newsroom.contracts.views.PageViewed;
import dev.newsroom.events.Delivery;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Views of articles the catalogue does not know yet. An article is public the moment it
 * is saved, and the catalogue hears of it a moment later: the first readers of a breaking
 * story are held here and counted once its publication arrives.
 * <p>
 * One document an article, found by its id: the aggregator asks for the held views of
 * every article in each batch, and an id is the one lookup every server of the wire
 * protocol answers from an index, however many views of made-up ids are held. Those are
 * bounded: so many articles, so many views each (the latest kept), dropped by MongoDB a
 * while after the last was held.
 */
@Component
class HeldViews {

	private static final Logger log = LoggerFactory.getLogger(HeldViews.class);

	private static final String COLLECTION = "held_views";

	private static final String VIEWS = "views";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final long maxArticles;

	private final int maxViewsPerArticle;

	HeldViews(MongoTemplate mongo, Clock clock, @Value("${newsroom.views.hold.for}") Duration holdFor,
			@Value("${newsroom.views.hold.max-articles}") long maxArticles,
			@Value("${newsroom.views.hold.max-views-per-article}") int maxViewsPerArticle) {
		this.mongo = mongo;
		this.clock = clock;
		this.maxArticles = maxArticles;
		this.maxViewsPerArticle = maxViewsPerArticle;
		ExpiringIndex.ensure(mongo, COLLECTION, "heldAt", holdFor);
	}

	/**
	 * Holds these views. A record delivered again is held again, and read once; beyond
	 * the bound of articles, views of other articles are not held.
	 */
	void hold(List<Delivery<PageViewed>> views) {
		if (views.isEmpty()) {
			return;
		}
		boolean full = mongo.estimatedCount(COLLECTION) >= maxArticles;
		BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		Date heldAt = Date.from(clock.instant());
		byArticle(views).forEach((articleId, ofArticle) -> {
			var update = new Update().set("heldAt", heldAt)
				.push(VIEWS)
				.slice(-maxViewsPerArticle)
				.each(ofArticle.stream().map(HeldViews::document).toArray());
			Query article = Query.query(Criteria.where("_id").is(articleId));
			if (full) {
				bulk.updateOne(article, update);
			}
			else {
				bulk.upsert(article, update);
			}
		});
		bulk.execute();
		if (full) {
			// a flood of views of made-up articles, most likely; those of an article
			// published now are lost until some are dropped
			log.warn("Views of articles not known yet are held for {} articles at most: no more are", maxArticles);
		}
	}

	/**
	 * The views held for these articles, each once, as they were delivered.
	 */
	List<Delivery<PageViewed>> of(Collection<String> articleIds) {
		Map<String, Delivery<PageViewed>> held = new LinkedHashMap<>();
		for (Document article : mongo.find(Query.query(Criteria.where("_id").in(articleIds)), Document.class,
				COLLECTION)) {
			for (Document view : article.getList(VIEWS, Document.class, List.of())) {
				held.putIfAbsent(view.getString("record"), delivery(view));
			}
		}
		return new ArrayList<>(held.values());
	}

	/** Once they are counted; an article with none left is held no more. */
	void release(Collection<Delivery<PageViewed>> views) {
		if (views.isEmpty()) {
			return;
		}
		BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		byArticle(views).forEach((articleId, ofArticle) -> bulk
			.updateOne(Query.query(Criteria.where("_id").is(articleId)), new Update().pull(VIEWS, new Document("record",
					new Document("$in", ofArticle.stream().map(HeldViews::recordOf).toList())))));
		bulk.execute();
		mongo.remove(Query.query(Criteria.where("_id").in(byArticle(views).keySet()).and(VIEWS).size(0)), COLLECTION);
	}

	private static Map<String, List<Delivery<PageViewed>>> byArticle(Collection<Delivery<PageViewed>> views) {
		Map<String, List<Delivery<PageViewed>>> byArticle = new LinkedHashMap<>();
		views.forEach(view -> byArticle.computeIfAbsent(view.event().articleId(), id -> new ArrayList<>()).add(view));
		return byArticle;
	}

	private static String recordOf(Delivery<PageViewed> delivery) {
		return delivery.partition() + ":" + delivery.offset();
	}

	private static Document document(Delivery<PageViewed> delivery) {
		PageViewed view = delivery.event();
		return new Document("record", recordOf(delivery)).append("partition", delivery.partition())
			.append("offset", delivery.offset())
			.append("eventId", view.eventId())
			.append("occurredAt", Date.from(view.occurredAt()))
			.append("articleId", view.articleId())
			.append("visitorHash", view.visitorHash())
			.append("clientHash", view.clientHash())
			.append("addressHash", view.addressHash())
			.append("bot", view.bot());
	}

	private static Delivery<PageViewed> delivery(Document held) {
		var view = new PageViewed(held.getString("eventId"), held.getDate("occurredAt").toInstant(),
				held.getString("articleId"), held.getString("visitorHash"), held.getString("clientHash"),
				held.getString("addressHash"), held.getBoolean("bot"));
		return new Delivery<>(view, view.articleId(), held.getInteger("partition"),
				held.get("offset", Number.class).longValue());
	}

}
