package dev.newsroom.defaults.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.newsroom.defaults.events.CloudEvents;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay against a real broker and MongoDB-wire server, with the broker away and back.
 */
class OutboxRelayIntegrationTest {

	private final Infrastructure infrastructure = Infrastructure.embedded();

	private final CloudEvents events = new CloudEvents(JsonMapper.builder().build(), "urn:newsroom:test");

	private final String topic = "outbox-test-" + UUID.randomUUID();

	private MongoClient client;

	private MongoTemplate mongo;

	private DefaultKafkaProducerFactory<String, String> reachable;

	private DefaultKafkaProducerFactory<String, String> unreachable;

	@BeforeEach
	void setUp() {
		client = MongoClients.create(infrastructure.mongoUri("unused"));
		mongo = new MongoTemplate(client, "outbox-" + UUID.randomUUID());
		reachable = producers(infrastructure.kafkaBootstrapServers());
		unreachable = producers("127.0.0.1:9"); // discard port: nothing listens there
	}

	@AfterEach
	void tearDown() {
		reachable.destroy();
		unreachable.destroy();
		client.close();
	}

	@Test
	void eventsWaitWhileKafkaIsDownAndGoOutInOrderWhenItIsBack() {
		mongo.insert(new Document("_id", "article-1").append("title", "Bài")
			.append("outbox", List.of(message("first"), message("second"))), "things");

		new OutboxRelay(mongo, new KafkaTemplate<>(unreachable), events, "things").relay();

		assertThat(outboxOf("article-1")).extracting(m -> m.getString("eventId")).containsExactly("first", "second");

		new OutboxRelay(mongo, new KafkaTemplate<>(reachable), events, "things").relay();

		assertThat(outboxOf("article-1")).isEmpty();
		var first = TestTopics.awaitRecord(infrastructure, topic, record -> true, Duration.ofSeconds(20));
		assertThat(TestTopics.header(first, "ce_id")).isEqualTo("first");
		assertThat(TestTopics.header(first, "ce_type")).isEqualTo("dev.newsroom.test.happened.v1");
		assertThat(TestTopics.header(first, "ce_source")).isEqualTo("urn:newsroom:test");
		assertThat(TestTopics.header(first, "ce_subject")).isEqualTo("article-1");
		assertThat(first.key()).isEqualTo("article-1");
		assertThat(first.value()).isEqualTo("{\"id\":\"first\"}");
		assertThat(TestTopics
			.awaitRecord(infrastructure, topic, record -> "second".equals(TestTopics.header(record, "ce_id")),
					Duration.ofSeconds(20))
			.offset()).isGreaterThan(first.offset());
		assertThat(mongo.findById("article-1", Document.class, "things").getString("title")).isEqualTo("Bài");
	}

	private List<Document> outboxOf(String id) {
		return mongo.findById(id, Document.class, "things").getList("outbox", Document.class);
	}

	private Document message(String eventId) {
		return new Document("eventId", eventId).append("topic", topic)
			.append("key", "article-1")
			.append("type", "dev.newsroom.test.happened.v1")
			.append("occurredAt", java.util.Date.from(Instant.parse("2026-11-20T00:00:00Z")))
			.append("payload", "{\"id\":\"" + eventId + "\"}");
	}

	private static DefaultKafkaProducerFactory<String, String> producers(String bootstrap) {
		return new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 1500,
				ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000), new StringSerializer(), new StringSerializer());
	}

}
