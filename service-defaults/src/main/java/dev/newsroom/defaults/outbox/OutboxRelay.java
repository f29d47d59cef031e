package dev.newsroom.defaults.outbox;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.newsroom.defaults.events.CloudEvents;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the events waiting in the {@code outbox} array of a collection's documents,
 * each only after the broker has acknowledged the one before, then removes what was sent.
 * A crash between publishing and removing sends a message again, never loses one:
 * consumers deduplicate. While Kafka is down messages wait in their documents.
 */
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int DOCUMENTS_PER_ROUND = 100;

	private final MongoTemplate mongo;

	private final KafkaTemplate<String, String> kafka;

	private final CloudEvents cloudEvents;

	private final String collection;

	public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, CloudEvents cloudEvents,
			String collection) {
		this.mongo = mongo;
		this.kafka = kafka;
		this.cloudEvents = cloudEvents;
		this.collection = collection;
	}

	@Scheduled(fixedDelayString = "${newsroom.outbox.poll-interval:200ms}")
	public void relay() {
		Query pending = new Query(Criteria.where("outbox.0").exists(true)).limit(DOCUMENTS_PER_ROUND);
		pending.fields().include("outbox");
		for (Document document : mongo.find(pending, Document.class, collection)) {
			List<String> sent = publishInOrder(document.getList("outbox", Document.class));
			if (!sent.isEmpty()) {
				mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))),
						new Update().pull("outbox", new Document("eventId", new Document("$in", sent))), collection);
			}
		}
	}

	private List<String> publishInOrder(List<Document> messages) {
		List<String> sent = new ArrayList<>();
		for (Document message : messages) {
			String eventId = message.getString("eventId");
			try {
				kafka.send(cloudEvents.record(message.getString("topic"), message.getString("key"),
						message.getString("type"), eventId, message.get("occurredAt", Date.class).toInstant(),
						message.getString("payload")))
					.get(15, TimeUnit.SECONDS);
				sent.add(eventId);
			}
			catch (Exception ex) {
				log.warn("Event {} stays in the outbox of {}: {}", eventId, collection, ex.toString());
				if (ex instanceof InterruptedException) {
					Thread.currentThread().interrupt();
				}
				break;
			}
		}
		return sent;
	}

}
