package dev.newsroom.events.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import dev.newsroom.events.CloudEvents;
import dev.newsroom.events.KafkaRefusals;
import dev.newsroom.events.Lease;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events waiting in the outboxes of one aggregate's documents, then removes
 * what the broker acknowledged. A crash between publishing and removing sends an event
 * again, never loses one: consumers deduplicate.
 * <ul>
 * <li>One instance at a time: an {@link Lease} in the service's MongoDB, so N instances
 * do not publish every event N times, and a wave of sends starts only while the lease has
 * half its time left, so that no send outlives it.</li>
 * <li>Many in flight: a round reads the documents with due messages (oldest first,
 * through an index on {@code outbox.due}) and sends the first event of each at once, then
 * the second of those that have one, and so on: order is kept per aggregate, not one
 * broker round trip per event.</li>
 * <li>A message the broker refuses (too large, say) is tried again later, with growing
 * pauses; after {@link OutboxSettings#maxAttempts} it is set aside as an
 * {@link OutboxDeadLetters dead letter}, so that the document's later events go out.</li>
 * <li>While Kafka is unreachable nothing counts as an attempt: the relay pauses, and the
 * events wait in their documents for as long as the outage lasts.</li>
 * </ul>
 * Removing what was sent bumps the aggregate's version, so that a save of a copy read
 * before cannot bring sent events back; the aggregate's use case then retries on the new
 * version.
 */
public final class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

	private final MongoTemplate mongo;

	private final String collection;

	private final String versionField;

	private final KafkaTemplate<String, String> kafka;

	private final CloudEvents codec;

	private final OutboxSettings settings;

	private final Lease lease;

	private final OutboxDeadLetters deadLetters;

	private final Clock clock;

	private final AtomicLong published = new AtomicLong();

	private volatile Instant pausedUntil = Instant.MIN;

	private int outageRounds;

	private boolean undatedAdopted;

	public OutboxRelay(MongoTemplate mongo, Class<?> aggregate, KafkaTemplate<String, String> kafka, CloudEvents codec,
			OutboxSettings settings, OutboxDeadLetters deadLetters, Clock clock) {
		this.mongo = mongo;
		this.collection = mongo.getCollectionName(aggregate);
		this.versionField = requireOutboxAndVersion(mongo, aggregate);
		requireLeaseLongerThanSends(settings, kafka);
		this.kafka = kafka;
		this.codec = codec;
		this.settings = settings;
		this.lease = new Lease(mongo, "outbox." + collection, settings.lease(), clock);
		this.deadLetters = deadLetters;
		this.clock = clock;
		mongo.indexOps(collection)
			.createIndex(new Index().on(Outbox.DUE, Sort.Direction.ASC).sparse().named("outbox_due"));
	}

	/**
	 * Messages staged by a version that kept no due time on them are due now; without one
	 * they would never match the relay's query. Done once by the instance that first
	 * holds the lease, off the start-up path: it reads the whole collection.
	 */
	private void adoptMessagesWithoutDue() {
		mongo.updateMulti(Query.query(Criteria.where(Outbox.MESSAGES).elemMatch(Criteria.where("due").exists(false))),
				new Update().set(Outbox.MESSAGES + ".$[undated].due", clock.instant())
					.filterArray(Criteria.where("undated.due").exists(false)),
				collection);
	}

	public String collection() {
		return collection;
	}

	/**
	 * Relays what is due, round after round while rounds come back full, unless another
	 * instance holds the lease of this collection.
	 */
	public void relayDue() {
		if (clock.instant().isBefore(pausedUntil)) {
			return;
		}
		Instant deadline = clock.instant().plus(settings.drainBudget());
		while (round() == settings.batchSize() && clock.instant().isBefore(deadline)) {
			// the next round reads what this one left due
		}
	}

	/** Whether this instance is the one relaying the collection now. */
	public boolean relaysHere() {
		return lease.holdsFor(Duration.ZERO);
	}

	/** Lets another instance relay at once; for a graceful shutdown. */
	public void release() {
		lease.release();
	}

	/**
	 * One round over the due documents, if this instance holds the lease; the number
	 * read, or 0 in an outage.
	 */
	int round() {
		if (!lease.renew()) {
			return 0;
		}
		if (!undatedAdopted) {
			adoptMessagesWithoutDue();
			undatedAdopted = true;
		}
		Instant now = clock.instant();
		Query due = new Query(Criteria.where(Outbox.DUE).lte(now)).with(Sort.by(Outbox.DUE))
			.limit(settings.batchSize());
		due.fields().include(Outbox.MESSAGES);
		List<Pending> documents = mongo.find(due, Document.class, collection)
			.stream()
			.map(Pending::of)
			// a later message may be due while the first waits out a refusal: order first
			.filter(document -> document.firstIsDue(now))
			.toList();
		if (documents.isEmpty()) {
			return 0;
		}
		Throwable outage = sendInWaves(documents);
		record(documents, now);
		if (!lease.holdsFor(Duration.ZERO)) {
			log.warn("The lease of the outbox of {} ran out during a round; another instance may have published "
					+ "some of its events too", collection);
		}
		if (outage != null) {
			pauseFor(outage);
			return 0;
		}
		if (outageRounds > 0) {
			log.info("Kafka takes events again; the outbox of {} is relayed", collection);
			outageRounds = 0;
		}
		return documents.size();
	}

	/**
	 * Wave n sends the n-th message of every document whose earlier ones all went out, so
	 * one aggregate's events reach the broker in order while many aggregates are in
	 * flight. An outage ends the round at once; it is not the messages' fault.
	 */
	private Throwable sendInWaves(List<Pending> documents) {
		for (int wave = 0;; wave++) {
			final int index = wave;
			List<Pending> sending = documents.stream().filter(document -> document.canSend(index)).toList();
			if (sending.isEmpty() || !lease.holdsFor(settings.leaseLeftForAWave())) {
				// what is not sent now stays due for the next round
				return null;
			}
			List<CompletableFuture<?>> sends = new ArrayList<>(sending.size());
			for (Pending document : sending) {
				CompletableFuture<?> send = send(document.messages.get(index));
				sends.add(send);
				if (send.isCompletedExceptionally() && isOutage(failureOf(send))) {
					// e.g. no metadata within max.block.ms: every further send would wait
					// as long
					break;
				}
			}
			Throwable outage = null;
			for (int i = 0; i < sends.size(); i++) {
				Throwable failure = failureOf(sends.get(i));
				if (failure == null) {
					sending.get(i).sent.add(sending.get(i).messages.get(index).getString("eventId"));
				}
				else if (isOutage(failure)) {
					outage = failure;
				}
				else {
					sending.get(i).refused = failure;
				}
			}
			if (outage != null) {
				return outage;
			}
		}
	}

	private CompletableFuture<?> send(Document message) {
		try {
			String topic = message.getString("topic");
			String key = message.getString("key");
			ProducerRecord<String, String> record = message.getString("payload") == null
					? CloudEvents.tombstone(topic, key)
					: codec.record(topic, key, message.getString("type"), message.getString("eventId"),
							message.get("occurredAt", Date.class).toInstant(), message.getString("payload"));
			return kafka.send(record);
		}
		catch (RuntimeException refused) {
			return CompletableFuture.failedFuture(refused);
		}
	}

	/**
	 * Removes what went out first: if a later write fails, the round's sends are not made
	 * again. Then sets aside what was refused too often, and makes the rest wait. The
	 * writes name documents by {@code _id} alone, or many at once with {@code $in}, so
	 * that even a store without secondary indexes finds them by key. Pulling messages by
	 * event id leaves alone what a concurrent save staged, and bumping the version fails
	 * a save of an older copy.
	 */
	private void record(List<Pending> documents, Instant now) {
		List<Pending> sent = documents.stream().filter(document -> !document.sent.isEmpty()).toList();
		remove(sent.stream().map(document -> document.id).toList(),
				sent.stream().flatMap(document -> document.sent.stream()).toList());
		sent.forEach(document -> published.addAndGet(document.sent.size()));
		for (Pending document : documents) {
			if (document.refused == null) {
				continue;
			}
			Document message = document.messages.get(document.sent.size());
			int attempts = message.get("attempts", 0) + 1;
			if (attempts >= settings.maxAttempts()) {
				// kept before it is removed: a crash in between sets it aside twice, no
				// copy
				deadLetters.setAside(collection, document.id, message, attempts, document.refused);
				remove(List.of(document.id), List.of(message.getString("eventId")));
			}
			else {
				refusedAgain(document, message, attempts, now);
			}
		}
	}

	private void remove(List<Object> documents, List<String> eventIds) {
		if (!eventIds.isEmpty()) {
			mongo.updateMulti(Query.query(Criteria.where("_id").in(documents)),
					new Update().pull(Outbox.MESSAGES, new Document("eventId", new Document("$in", eventIds)))
						.inc(versionField, 1),
					collection);
		}
	}

	/**
	 * The message waits for a growing pause, and the document's later messages with it,
	 * so that the document does not come up again before.
	 */
	private void refusedAgain(Pending document, Document message, int attempts, Instant now) {
		String eventId = message.getString("eventId");
		log.warn("Event {} in the outbox of {} {} was refused ({} of {} attempts), tried again later: {}", eventId,
				collection, document.id, attempts, settings.maxAttempts(), describe(document.refused));
		mongo.updateFirst(Query.query(Criteria.where("_id").is(document.id)),
				new Update().inc(Outbox.MESSAGES + ".$[refused].attempts", 1)
					.set(Outbox.MESSAGES + ".$[].due", now.plus(settings.retryAfter(attempts)))
					.inc(versionField, 1)
					.filterArray(Criteria.where("refused.eventId").is(eventId)),
				collection);
	}

	private void pauseFor(Throwable outage) {
		if (outageRounds == 0) {
			log.warn("Kafka does not take events ({}); they wait in the outbox of {} until it does", describe(outage),
					collection);
		}
		Duration pause = Duration.ofSeconds(1L << Math.min(outageRounds, 5));
		pausedUntil = clock.instant().plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
		outageRounds++;
	}

	/** How many events this instance has published. */
	public long published() {
		return published.get();
	}

	/** How many documents have events waiting, and since when the oldest waits. */
	public Waiting waiting() {
		Query due = new Query(Criteria.where(Outbox.DUE).exists(true));
		long documents = mongo.count(due, collection);
		due.with(Sort.by(Outbox.DUE)).limit(1).fields().include(Outbox.MESSAGES);
		Document oldest = mongo.findOne(due, Document.class, collection);
		return new Waiting(documents, oldest == null ? null
				: Pending.of(oldest).messages.stream().map(Pending::due).min(Instant::compareTo).orElse(null));
	}

	public record Waiting(long documents, Instant oldestDue) {
	}

	/** The whole chain: a template's "Send failed" says less than its cause. */
	static String describe(Throwable failure) {
		StringBuilder description = new StringBuilder(failure.toString());
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			description.append("; caused by ").append(cause);
		}
		return description.toString();
	}

	private static boolean isOutage(Throwable failure) {
		return !KafkaRefusals.refusesTheRecord(failure);
	}

	private static Throwable failureOf(CompletableFuture<?> send) {
		try {
			send.get();
			return null;
		}
		catch (ExecutionException | CompletionException failed) {
			return failed.getCause() == null ? failed : failed.getCause();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return new CompletionException(interrupted);
		}
		catch (RuntimeException cancelled) {
			return cancelled;
		}
	}

	private static void requireLeaseLongerThanSends(OutboxSettings settings, KafkaTemplate<String, String> kafka) {
		Map<String, Object> producer = kafka.getProducerFactory().getConfigurationProperties();
		Duration longestSend = millis(producer, ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000)
			.plus(millis(producer, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000));
		if (settings.leaseLeftForAWave().compareTo(longestSend) < 0) {
			throw new IllegalStateException("newsroom.outbox.lease (" + settings.lease()
					+ ") must be at least twice the producer's max.block.ms and delivery.timeout.ms together ("
					+ longestSend + "), or a send could outlive the lease");
		}
	}

	private static Duration millis(Map<String, Object> producer, String setting, long kafkasDefault) {
		Object configured = producer.get(setting);
		return Duration.ofMillis(configured == null ? kafkasDefault : Long.parseLong(configured.toString()));
	}

	/**
	 * The outbox must be unwrapped into the aggregate's document, where the relay finds
	 * it, and the aggregate must be versioned, so that a stale save fails instead of
	 * bringing sent events back.
	 */
	private static String requireOutboxAndVersion(MongoTemplate mongo, Class<?> aggregate) {
		MongoPersistentEntity<?> entity = mongo.getConverter()
			.getMappingContext()
			.getRequiredPersistentEntity(aggregate);
		boolean hasOutbox = false;
		for (MongoPersistentProperty property : entity) {
			hasOutbox |= property.getType().equals(Outbox.class) && property.isUnwrapped();
		}
		if (!hasOutbox) {
			throw new IllegalStateException(aggregate.getSimpleName() + " needs an @Unwrapped.Empty Outbox field");
		}
		if (!entity.hasVersionProperty()) {
			throw new IllegalStateException(aggregate.getSimpleName() + " needs a @Version field: the relay's "
					+ "removals must make stale saves fail");
		}
		return entity.getRequiredVersionProperty().getFieldName();
	}

	/** A due document as one round sees it. */
	private static final class Pending {

		final Object id;

		final List<Document> messages;

		final List<String> sent = new ArrayList<>();

		Throwable refused;

		private Pending(Object id, List<Document> messages) {
			this.id = id;
			this.messages = messages;
		}

		static Pending of(Document document) {
			List<Document> messages = document.getList(Outbox.MESSAGES, Document.class);
			return new Pending(document.get("_id"), messages == null ? List.of() : messages);
		}

		boolean firstIsDue(Instant now) {
			return !messages.isEmpty() && !due(messages.get(0)).isAfter(now);
		}

		static Instant due(Document message) {
			Date due = message.get("due", Date.class);
			return due == null ? Instant.MAX : due.toInstant();
		}

		boolean canSend(int index) {
			return refused == null && sent.size() == index && messages.size() > index;
		}

	}

}
