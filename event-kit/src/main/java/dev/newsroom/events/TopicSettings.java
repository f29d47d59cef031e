package dev.newsroom.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.kafka.config.TopicBuilder;

/**
 * How the topics a service declares are made ({@code newsroom.kafka.*}): the topics it
 * produces and its subscriptions' dead-letter topics. Brokers run with topic
 * auto-creation off, so these declarations are the only way a topic comes to be.
 *
 * @param partitions partitions of every topic
 * @param replicas replicas of every topic; writes wait for all but one of them
 * @param streamRetention how long a stream topic keeps its records
 * @param tombstoneRetention how long an entity topic keeps a tombstone: a consumer away
 * for longer misses the deletion
 */
@ConfigurationProperties("newsroom.kafka")
public record TopicSettings(@DefaultValue("3") int partitions, @DefaultValue("1") int replicas,
		@DefaultValue("7d") Duration streamRetention, @DefaultValue("30d") Duration tombstoneRetention) {

	List<NewTopic> declarations(EventWiring wiring, String service) {
		List<NewTopic> topics = new ArrayList<>();
		for (EventWiring.ProducedTopic produced : wiring.producedTopics()) {
			topics.add(produced.kind() == TopicKind.ENTITY ? entity(produced.topic()) : stream(produced.topic()));
		}
		for (Subscription subscription : wiring.subscriptions()) {
			subscription.deadLetterTopic(service).map(this::deadLetters).ifPresent(topics::add);
		}
		return topics;
	}

	static final int MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

	/** Compacted and never deleted by age: the latest snapshot of every entity stays. */
	NewTopic entity(String name) {
		return builder(name).config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
			.config(TopicConfig.DELETE_RETENTION_MS_CONFIG, String.valueOf(tombstoneRetention.toMillis()))
			.build();
	}

	NewTopic stream(String name) {
		return builder(name).config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
			.config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(streamRetention.toMillis()))
			.build();
	}

	/**
	 * Kept until an operator has looked at them: nothing deletes a dead letter by age.
	 */
	NewTopic deadLetters(String name) {
		return builder(name).config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
			.config(TopicConfig.RETENTION_MS_CONFIG, "-1")
			.build();
	}

	private TopicBuilder builder(String name) {
		return TopicBuilder.name(name)
			.partitions(partitions)
			.replicas(replicas)
			.config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(Math.max(1, replicas - 1)))
			// as large as the producers' max.request.size: an article's snapshot with its
			// body
			.config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES));
	}

}
