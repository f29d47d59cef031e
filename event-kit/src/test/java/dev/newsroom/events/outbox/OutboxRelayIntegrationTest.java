package dev.newsroom.events.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.newsroom.events.CloudEvents;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Unwrapped;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The relay against a real broker and database: an outage, a message the broker refuses,
 * two instances on one database, a stale save, messages of an older version. Subclasses
 * choose the infrastructure: the embedded broker and MongoDB-wire server, or containers.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class OutboxRelayIntegrationTest {

	private static final Instant NOON = Instant.parse("2026-11-20T05:00:00Z");

	private final CloudEvents codec = new CloudEvents(JsonMapper.builder().build(), "test");

	private final String topic = "outbox-test-" + UUID.randomUUID();

	private final List<DefaultKafkaProducerFactory<String, String>> producers = new ArrayList<>();

	private MongoClient client;

	private MongoTemplate mongo;

	private OutboxDeadLetters deadLetters;

	abstract Infrastructure infrastructure();

	@BeforeEach
	void setUp() {
		client = MongoClients.create(infrastructure().mongoUri("unused"));
		mongo = new MongoTemplate(client, "outbox-" + UUID.randomUUID());
		deadLetters = new OutboxDeadLetters(mongo, Clock.systemUTC());
		TestTopics.create(infrastructure(), new NewTopic(topic, 3, (short) 1));
	}

	@AfterEach
	void tearDown() {
		producers.forEach(DefaultKafkaProducerFactory::destroy);
		client.close();
	}

	@Test
	void eventsWaitWhileKafkaIsDownAndGoOutInOrderWhenItIsBack() {
		Parcel parcel = mongo.insert(parcel("first", "second"));

		// discard port: nothing listens there
		OutboxRelay cutOff = relay(kafka("127.0.0.1:9"), settings(8));
		cutOff.relayDue();

		assertThat(outboxOf(parcel)).extracting(m -> m.getString("eventId")).containsExactly("first", "second");
		assertThat(outboxOf(parcel)).extracting(m -> m.get("attempts")).as("an outage is no attempt").containsOnly(0);
		cutOff.release(); // as on its shutdown: another instance, which reaches Kafka,
							// takes over

		relay(kafka(infrastructure().kafkaBootstrapServers()), settings(8)).relayDue();

		assertThat(outboxOf(parcel)).isEmpty();
		List<ConsumerRecord<String, String>> records = TestTopics.readToEnd(infrastructure().kafkaBootstrapServers(),
				topic);
		assertThat(records).extracting(record -> TestTopics.header(record, "ce_id")).containsExactly("first", "second");
		ConsumerRecord<String, String> first = records.get(0);
		assertThat(TestTopics.header(first, "ce_type")).isEqualTo("dev.newsroom.test.happened.v1");
		assertThat(TestTopics.header(first, "ce_source")).isEqualTo("urn:newsroom:test");
		assertThat(TestTopics.header(first, "ce_subject")).isEqualTo(parcel.id);
		assertThat(first.key()).isEqualTo(parcel.id);
		assertThat(first.value()).isEqualTo("{\"id\":\"first\"}");
		assertThat(stored(parcel).getString("label")).isEqualTo("parcel");
	}

	@Test
	void aMessageTheBrokerRefusesIsSetAsideAfterItsAttemptsAndTheLaterEventsGoOut(CapturedOutput log) {
		Parcel parcel = new Parcel("parcel");
		parcel.outbox.stage(message(parcel, "too-large", "x".repeat(1_100_000)));
		parcel.outbox.stage(message(parcel, "after", "{}"));
		mongo.insert(parcel);
		OutboxRelay relay = relay(kafka(infrastructure().kafkaBootstrapServers()), settings(3));

		relay.round();
		relay.round();
		assertThat(outboxOf(parcel)).extracting(m -> m.get("attempts")).containsExactly(2, 0);
		assertThat(TestTopics.readToEnd(infrastructure().kafkaBootstrapServers(), topic)).as("order is kept").isEmpty();

		relay.round(); // the third refusal sets it aside
		relay.round(); // and the next event goes out
		relay.round();
		relay.round();

		assertThat(deadLetters.count()).isEqualTo(1);
		Document deadLetter = mongo.findById("too-large", Document.class, OutboxDeadLetters.COLLECTION);
		assertThat(deadLetter.getString("error")).contains("RecordTooLargeException");
		assertThat(deadLetter.get("aggregateId")).isEqualTo(parcel.id);
		assertThat(deadLetter.get("message", Document.class).getString("payload")).hasSize(1_100_000);
		assertThat(outboxOf(parcel)).isEmpty();
		assertThat(TestTopics.readToEnd(infrastructure().kafkaBootstrapServers(), topic))
			.extracting(record -> TestTopics.header(record, "ce_id"))
			.containsExactly("after");
		assertThat(log.getOut().lines().filter(line -> line.contains("is set aside"))).hasSize(1);
	}

	@Test
	void twoInstancesOnOneDatabasePublishEachEventOnce() {
		List<Parcel> parcels = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			parcels.add(parcel("event-" + i));
		}
		mongo.insertAll(parcels);
		OutboxRelay one = relay(kafka(infrastructure().kafkaBootstrapServers()), settings(8));
		OutboxRelay other = relay(kafka(infrastructure().kafkaBootstrapServers()), settings(8));

		CompletableFuture
			.allOf(CompletableFuture.runAsync(() -> relayUntilDone(one)),
					CompletableFuture.runAsync(() -> relayUntilDone(other)))
			.join();

		Map<String, Long> perEvent = TestTopics.readToEnd(infrastructure().kafkaBootstrapServers(), topic)
			.stream()
			.collect(Collectors.groupingBy(record -> TestTopics.header(record, "ce_id"), Collectors.counting()));
		assertThat(perEvent).hasSize(1000).allSatisfy((event, times) -> assertThat(times).as(event).isEqualTo(1));
		assertThat(one.published() + other.published()).isEqualTo(1000);
	}

	@Test
	void aCopyReadBeforeTheRelayRemovedItsEventsCannotBeSavedOverIt() {
		Parcel parcel = mongo.insert(parcel("sent-once"));
		Parcel readBefore = mongo.findById(parcel.id, Parcel.class);

		relay(kafka(infrastructure().kafkaBootstrapServers()), settings(8)).round();
		readBefore.label = "changed";

		assertThatThrownBy(() -> mongo.save(readBefore)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(outboxOf(parcel)).isEmpty();
	}

	@Test
	void messagesStagedByAVersionWithoutDueTimesAreRelayedToo() {
		var parcel = new Document("_id", "legacy").append("version", 3L)
			.append("outbox",
					List.of(new Document("eventId", "from-before").append("topic", topic)
						.append("key", "legacy")
						.append("type", "dev.newsroom.test.happened.v1")
						.append("occurredAt", java.util.Date.from(NOON))
						.append("payload", "{}")));
		mongo.insert(parcel, "parcels");

		relay(kafka(infrastructure().kafkaBootstrapServers()), settings(8)).relayDue();

		assertThat(mongo.findById("legacy", Document.class, "parcels").getList("outbox", Document.class)).isEmpty();
		assertThat(TestTopics.readToEnd(infrastructure().kafkaBootstrapServers(), topic))
			.extracting(record -> TestTopics.header(record, "ce_id"))
			.containsExactly("from-before");
	}

	@Test
	void whatWaitsIsCountedForOperators() {
		mongo.insert(parcel("waiting"));
		mongo.insert(new Parcel("nothing to send"));
		OutboxRelay relay = relay(kafka("127.0.0.1:9"), settings(8));

		OutboxRelay.Waiting waiting = relay.waiting();

		assertThat(waiting.documents()).isEqualTo(1);
		assertThat(waiting.oldestDue()).isEqualTo(NOON);
	}

	@Test
	void anAggregateWithoutAnOutboxOrAVersionIsRefused() {
		assertThatThrownBy(() -> relay(kafka("127.0.0.1:9"), settings(8), Unversioned.class))
			.hasMessageContaining("@Version");
		assertThatThrownBy(() -> relay(kafka("127.0.0.1:9"), settings(8), WithoutOutbox.class))
			.hasMessageContaining("Outbox");
	}

	private void relayUntilDone(OutboxRelay relay) {
		Instant deadline = Instant.now().plusSeconds(60);
		while (relay.waiting().documents() > 0 && Instant.now().isBefore(deadline)) {
			relay.relayDue();
		}
	}

	private Parcel parcel(String... eventIds) {
		Parcel parcel = new Parcel("parcel");
		for (String eventId : eventIds) {
			parcel.outbox.stage(message(parcel, eventId, "{\"id\":\"" + eventId + "\"}"));
		}
		return parcel;
	}

	private OutboxMessage message(Parcel parcel, String eventId, String payload) {
		return OutboxMessage.event(eventId, topic, parcel.id, "dev.newsroom.test.happened.v1", NOON, payload);
	}

	private OutboxRelay relay(KafkaTemplate<String, String> kafka, OutboxSettings settings) {
		return relay(kafka, settings, Parcel.class);
	}

	private OutboxRelay relay(KafkaTemplate<String, String> kafka, OutboxSettings settings, Class<?> aggregate) {
		return new OutboxRelay(mongo, aggregate, kafka, codec, settings, deadLetters, Clock.systemUTC());
	}

	private static OutboxSettings settings(int maxAttempts) {
		return new OutboxSettings(Duration.ofMillis(50), 200, maxAttempts, Duration.ZERO, Duration.ofSeconds(10));
	}

	private KafkaTemplate<String, String> kafka(String bootstrap) {
		var factory = new DefaultKafkaProducerFactory<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				bootstrap, ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 3000,
				ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000, ProducerConfig.LINGER_MS_CONFIG, 5),
				new StringSerializer(), new StringSerializer());
		producers.add(factory);
		return new KafkaTemplate<>(factory);
	}

	private Document stored(Parcel parcel) {
		return mongo.findById(parcel.id, Document.class, "parcels");
	}

	private List<Document> outboxOf(Parcel parcel) {
		return stored(parcel).getList("outbox", Document.class);
	}

	@org.springframework.data.mongodb.core.mapping.Document("unversioned")
	static class Unversioned {

		String id;

		@Unwrapped.Empty
		Outbox outbox = new Outbox();

	}

	@org.springframework.data.mongodb.core.mapping.Document("without_outbox")
	static class WithoutOutbox {

		String id;

		@Version
		Long version;

	}

}
