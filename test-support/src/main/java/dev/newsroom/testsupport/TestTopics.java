package dev.newsroom.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes topics the way another service would, to check a service's events. */
public final class TestTopics {

	private TestTopics() {
	}

	/**
	 * Waits for the first record on {@code topic} that matches, reading from the start.
	 */
	public static ConsumerRecord<String, String> awaitRecord(Infrastructure infrastructure, String topic,
			Predicate<ConsumerRecord<String, String>> matching, Duration timeout) {
		try (var consumer = new KafkaConsumer<String, String>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			Instant deadline = Instant.now().plus(timeout);
			List<ConsumerRecord<String, String>> seen = new ArrayList<>();
			while (Instant.now().isBefore(deadline)) {
				for (var record : consumer.poll(Duration.ofMillis(200))) {
					if (matching.test(record)) {
						return record;
					}
					seen.add(record);
				}
			}
			throw new AssertionError("No matching record on " + topic + " within " + timeout + "; saw " + seen);
		}
	}

	/**
	 * Creates topics as their owner would; brokers here do not create topics on first
	 * use. A topic that exists already is left as it is.
	 */
	public static void create(Infrastructure infrastructure, NewTopic... topics) {
		try (var admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()))) {
			for (NewTopic topic : topics) {
				try {
					admin.createTopics(List.of(topic)).all().get();
				}
				catch (ExecutionException ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						throw new IllegalStateException("Could not create " + topic.name(), ex);
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A topic's settings as the broker has them, e.g. {@code cleanup.policy}. */
	public static Map<String, String> settings(Infrastructure infrastructure, String topic) {
		try (var admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()))) {
			var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
			Map<String, String> settings = new java.util.TreeMap<>();
			admin.describeConfigs(List.of(resource))
				.all()
				.get()
				.get(resource)
				.entries()
				.forEach(entry -> settings.put(entry.name(), entry.value()));
			return settings;
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not describe " + topic, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Changes settings of a topic, as an operator would with kafka-configs. */
	public static void configure(Infrastructure infrastructure, String topic, Map<String, String> settings) {
		try (var admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()))) {
			var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
			admin.incrementalAlterConfigs(Map.of(resource,
					settings.entrySet()
						.stream()
						.map(setting -> new AlterConfigOp(new ConfigEntry(setting.getKey(), setting.getValue()),
								AlterConfigOp.OpType.SET))
						.toList()))
				.all()
				.get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not configure " + topic, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every record of the topic up to its end as it is now, in partition order: for
	 * counting what was published once everything acknowledged has been.
	 */
	public static List<ConsumerRecord<String, String>> readToEnd(String bootstrapServers, String topic) {
		try (var consumer = new KafkaConsumer<String, String>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new StringDeserializer(), new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(20))
				.stream()
				.map(info -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			List<ConsumerRecord<String, String>> records = new ArrayList<>();
			Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
			while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
				if (Instant.now().isAfter(deadline)) {
					throw new AssertionError("Could not read " + topic + " to its end " + ends + " within 60 s");
				}
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
			return records;
		}
	}

	/**
	 * Waits until {@code group} has committed past every record the topic holds now:
	 * proof that a consumer handled them all, and that none of them will be delivered to
	 * it again.
	 */
	public static void awaitConsumed(String bootstrapServers, String group, String topic, Duration timeout) {
		try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			Map<TopicPartition, Long> ends = endOffsets(admin, topic);
			Instant deadline = Instant.now().plus(timeout);
			while (!committedPast(admin, group, ends)) {
				if (Instant.now().isAfter(deadline)) {
					throw new AssertionError(
							group + " did not consume " + topic + " up to " + ends + " within " + timeout);
				}
				Thread.sleep(20);
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Where each partition of the topic ends now. */
	public static Map<TopicPartition, Long> endOffsets(Admin admin, String topic)
			throws ExecutionException, InterruptedException {
		var latest = admin.describeTopics(List.of(topic))
			.allTopicNames()
			.get()
			.get(topic)
			.partitions()
			.stream()
			.collect(Collectors.toMap(partition -> new TopicPartition(topic, partition.partition()),
					partition -> OffsetSpec.latest()));
		Map<TopicPartition, Long> ends = new HashMap<>();
		admin.listOffsets(latest).all().get().forEach((partition, end) -> ends.put(partition, end.offset()));
		return ends;
	}

	private static boolean committedPast(Admin admin, String group, Map<TopicPartition, Long> ends)
			throws ExecutionException, InterruptedException {
		Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
			.partitionsToOffsetAndMetadata()
			.get();
		return ends.entrySet().stream().allMatch(end -> {
			OffsetAndMetadata offset = committed.get(end.getKey());
			return end.getValue() == 0 || offset != null && offset.offset() >= end.getValue();
		});
	}

	public static void send(Infrastructure infrastructure, ProducerRecord<String, String> record) {
		try (var producer = new KafkaProducer<String, String>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
				new StringSerializer(), new StringSerializer())) {
			producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send to " + record.topic(), ex);
		}
	}

	/**
	 * A record as another service would produce it: CloudEvents attributes in headers.
	 */
	public static ProducerRecord<String, String> cloudEvent(String topic, String key, String type, String json) {
		var record = new ProducerRecord<String, String>(topic, key, json);
		record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
		record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
		record.headers().add("ce_source", "urn:newsroom:test".getBytes(StandardCharsets.UTF_8));
		record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
		record.headers().add("ce_time", Instant.now().toString().getBytes(StandardCharsets.UTF_8));
		record.headers().add("ce_subject", key.getBytes(StandardCharsets.UTF_8));
		record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
		return record;
	}

	public static String header(ConsumerRecord<?, ?> record, String name) {
		var header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

}
