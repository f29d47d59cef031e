package dev.newsroom.defaults.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics a service produces, created at its start when missing, with the partitions
 * and replicas operators set ({@code NEWSROOM_KAFKA_PARTITIONS},
 * {@code NEWSROOM_KAFKA_REPLICAS}). Only the producer declares a topic, so its settings
 * live in one place.
 */
public class OwnTopics {

	private final int partitions;

	private final int replicas;

	OwnTopics(int partitions, int replicas) {
		this.partitions = partitions;
		this.replicas = replicas;
	}

	public NewTopic topic(String name) {
		return TopicBuilder.name(name).partitions(partitions).replicas(replicas).build();
	}

	/** Compacted: a reader that starts late still finds the last record of every key. */
	public NewTopic compactedTopic(String name) {
		return TopicBuilder.name(name)
			.partitions(partitions)
			.replicas(replicas)
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
			.build();
	}

}
