package dev.newsroom.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClients;
import dev.newsroom.events.CloudEvents;
import dev.newsroom.events.outbox.Outbox;
import dev.newsroom.events.outbox.OutboxDeadLetters;
import dev.newsroom.events.outbox.OutboxMessage;
import dev.newsroom.events.outbox.OutboxRelay;
import dev.newsroom.events.outbox.OutboxSettings;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * How fast the outbox relay empties 10,000 staged events onto a real broker, against
 * Kafka's own producer sending the same records in the same run (the ceiling) and one
 * acknowledgement at a time (what a relay that waits for each event gets). The broker and
 * the MongoDB-wire server (memory backend) run in this JVM, so all compete for the same
 * cores; the ratios are what to compare between machines.
 *
 * <pre>
 * ./newsroom bench outbox-relay [events]
 * </pre>
 */
public final class OutboxRelayBenchmark {

	private static final Map<String, Object> PRODUCER = Map.of(ProducerConfig.ACKS_CONFIG, "all",
			ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5,
			ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000,
			ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);

	private final Infrastructure infrastructure = Infrastructure.embedded();

	private final CloudEvents codec = new CloudEvents(JsonMapper.builder().build(), "benchmark");

	private final String payload = snapshot();

	public static void main(String[] args) {
		int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		new OutboxRelayBenchmark().run(events);
		System.exit(0);
	}

	void run(int events) {
		System.out
			.printf("Outbox relay: %,d events of %,d bytes; a Kafka broker and a MongoDB-wire server in this JVM, "
					+ "%d cores%n", events, payload.length(), Runtime.getRuntime().availableProcessors());
		// warm-up: the JIT, the broker's and MongoDB's first allocations
		producerRate(1_000, true);
		relayRate(1_000, 1);

		double pipelined = producerRate(events, true);
		double oneAtATime = producerRate(Math.min(events, 2_000), false);
		double relaySingles = relayRate(events, 1);
		double relayFives = relayRate(events, 5);

		System.out.printf("%n%-52s %12s %12s%n", "", "events/s", "vs producer");
		row("Kafka producer, pipelined (baseline)", pipelined, pipelined);
		row("Kafka producer, one acknowledgement at a time", oneAtATime, pipelined);
		row("outbox relay, " + events + " documents x 1 event", relaySingles, pipelined);
		row("outbox relay, " + events / 5 + " documents x 5 events", relayFives, pipelined);
	}

	private static void row(String what, double rate, double baseline) {
		System.out.printf("%-52s %,12.0f %12.2f%n", what, rate, rate / baseline);
	}

	/** Kafka's own producer, with the services' settings, sending the relay's records. */
	private double producerRate(int events, boolean pipelined) {
		String topic = topic();
		try (var producer = new KafkaProducer<String, String>(producerSettings(), new StringSerializer(),
				new StringSerializer())) {
			long started = System.nanoTime();
			List<Future<?>> sends = new ArrayList<>(events);
			for (int i = 0; i < events; i++) {
				String key = UUID.randomUUID().toString();
				Future<?> send = producer.send(record(topic, key));
				if (pipelined) {
					sends.add(send);
				}
				else {
					await(send);
				}
			}
			sends.forEach(OutboxRelayBenchmark::await);
			return events / seconds(started);
		}
	}

	/**
	 * Stages the events in their documents (not timed), then relays until none waits.
	 */
	private double relayRate(int events, int perDocument) {
		String topic = topic();
		try (var client = MongoClients.create(infrastructure.mongoUri("unused"))) {
			var mongo = new MongoTemplate(client, "bench-" + UUID.randomUUID());
			List<Staged> documents = new ArrayList<>();
			for (int i = 0; i < events / perDocument; i++) {
				Staged document = new Staged();
				for (int n = 0; n < perDocument; n++) {
					document.outbox.stage(OutboxMessage.event(UUID.randomUUID().toString(), topic, document.id,
							"dev.newsroom.benchmark.happened.v1", Instant.now(), payload));
				}
				documents.add(document);
			}
			mongo.insertAll(documents);
			var factory = new DefaultKafkaProducerFactory<String, String>(producerSettings(), new StringSerializer(),
					new StringSerializer());
			try {
				var relay = new OutboxRelay(mongo, Staged.class, new KafkaTemplate<>(factory), codec,
						new OutboxSettings(Duration.ofMillis(200), Integer.getInteger("batch", 500), 8,
								Duration.ofSeconds(1), Duration.ofSeconds(30)),
						new OutboxDeadLetters(mongo, Clock.systemUTC()), Clock.systemUTC());
				long started = System.nanoTime();
				while (relay.waiting().documents() > 0) {
					relay.relayDue();
				}
				double rate = relay.published() / seconds(started);
				if (relay.published() != events) {
					throw new IllegalStateException("Published " + relay.published() + " of " + events);
				}
				return rate;
			}
			finally {
				factory.destroy();
			}
		}
	}

	private ProducerRecord<String, String> record(String topic, String key) {
		return codec.record(topic, key, "dev.newsroom.benchmark.happened.v1", UUID.randomUUID().toString(),
				Instant.now(), payload);
	}

	private Map<String, Object> producerSettings() {
		Map<String, Object> settings = new HashMap<>(PRODUCER);
		settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
		return settings;
	}

	private String topic() {
		String topic = "bench-outbox-" + UUID.randomUUID();
		TestTopics.create(infrastructure, new NewTopic(topic, 3, (short) 1));
		return topic;
	}

	private static void await(Future<?> send) {
		try {
			send.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("A send failed", ex);
		}
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

	/** An article's public snapshot, the typical event on articles.v1. */
	private static String snapshot() {
		return """
				{"eventId":"4b0f7a52-4cb0-4f5e-9d3c-2b1f4d3f6a10","occurredAt":"2026-11-28T01:00:00Z",\
				"articleId":"9f3c2d1e-8b7a-4c6d-9e5f-1a2b3c4d5e6f","revision":2,\
				"slug":"ky-niem-90-nam-ngay-truyen-thong-cong-tac-van-phong-cap-uy","title":"Kỷ niệm 90 năm \
				Ngày truyền thống công tác Văn phòng cấp ủy","lead":"Sáng nay, Văn phòng Tỉnh ủy tổ chức lễ kỷ \
				niệm 90 năm Ngày truyền thống công tác Văn phòng cấp ủy và đón nhận Huân chương Lao động hạng \
				Nhì.","section":"Thời sự","tags":["Văn phòng Tỉnh ủy","kỷ niệm"],\
				"publishedAt":"2026-11-28T01:00:00Z"}""";
	}

	/** An aggregate with nothing but its outbox, as the services' aggregates hold it. */
	@Document("staged")
	static final class Staged {

		@Id
		String id = UUID.randomUUID().toString();

		@Version
		Long version;

		@Unwrapped.Empty
		Outbox outbox = new Outbox();

	}

}
