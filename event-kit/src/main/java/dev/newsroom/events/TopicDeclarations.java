package dev.newsroom.events;

import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Sees that the service's topics exist as declared. Boot's {@link KafkaAdmin} creates
 * them once, at start; if Kafka was away then, this declares them again until it
 * succeeds, so that a service started before its broker does not wait for topics that no
 * one will create. It also keeps an entity topic's partitions as they are: more
 * partitions move keys, so that an old snapshot would outlive the tombstone that should
 * end it.
 */
final class TopicDeclarations implements SmartLifecycle, Predicate<NewTopic> {

	private static final Logger log = LoggerFactory.getLogger(TopicDeclarations.class);

	private static final Duration RETRY = Duration.ofSeconds(10);

	private final KafkaAdmin admin;

	private final Set<String> entityTopics;

	private Thread retrying;

	TopicDeclarations(KafkaAdmin admin, Set<String> entityTopics) {
		this.admin = admin;
		this.entityTopics = entityTopics;
		admin.setCreateOrModifyTopic(this);
	}

	/** Whether the admin may create or change the topic. */
	@Override
	public boolean test(NewTopic declared) {
		if (!entityTopics.contains(declared.name()) || declared.numPartitions() < 0) {
			return true;
		}
		TopicDescription existing;
		try {
			existing = admin.describeTopics(declared.name()).get(declared.name());
		}
		catch (RuntimeException missingOrUnreachable) {
			return true;
		}
		if (existing != null && existing.partitions().size() < declared.numPartitions()) {
			log.error("{} keeps its {} partitions, not the {} configured: on an entity topic more partitions move "
					+ "keys, and compaction would keep stale snapshots. Create a new version of the topic instead.",
					declared.name(), existing.partitions().size(), declared.numPartitions());
			return false;
		}
		return true;
	}

	@Override
	public synchronized void start() {
		retrying = new Thread(this::declareUntilDone, "topic-declarations");
		retrying.setDaemon(true);
		retrying.start();
	}

	private void declareUntilDone() {
		try {
			while (!admin.initialize()) {
				log.warn("The topics could not be declared; trying again in {} s", RETRY.toSeconds());
				Thread.sleep(RETRY.toMillis());
			}
		}
		catch (InterruptedException stopped) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public synchronized void stop() {
		if (retrying != null) {
			retrying.interrupt();
			retrying = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return retrying != null;
	}

}
