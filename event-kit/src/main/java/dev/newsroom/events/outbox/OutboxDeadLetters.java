package dev.newsroom.events.outbox;

import java.time.Clock;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Outbox messages the broker refused too often, set aside so that their documents' later
 * events go out. Each is kept whole in the service's MongoDB, with why it was refused,
 * for an operator to fix and send again; the health endpoint counts them and the log
 * tells of each once.
 */
public final class OutboxDeadLetters {

	static final String COLLECTION = "outbox_dead_letters";

	private static final Logger log = LoggerFactory.getLogger(OutboxDeadLetters.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	public OutboxDeadLetters(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Keyed by event id: a relay that crashed after setting a message aside but before
	 * removing it from its document sets it aside again without a second copy.
	 */
	void setAside(String collection, Object aggregateId, Document message, int attempts, Throwable refusal) {
		Document deadLetter = new Document("_id", message.getString("eventId")).append("collection", collection)
			.append("aggregateId", aggregateId)
			.append("message", message)
			.append("attempts", attempts)
			.append("error", OutboxRelay.describe(refusal))
			.append("setAsideAt", clock.instant());
		try {
			mongo.insert(deadLetter, COLLECTION);
			log.error("Event {} of {} {} was refused {} times and is set aside in {}; later events go on: {}",
					message.getString("eventId"), collection, aggregateId, attempts, COLLECTION,
					OutboxRelay.describe(refusal));
		}
		catch (DuplicateKeyException alreadySetAside) {
			// a crash came between setting it aside and removing it from its document
		}
	}

	public long count() {
		return mongo.getCollection(COLLECTION).countDocuments();
	}

}
