package dev.newsroom.defaults.events;

import org.apache.kafka.common.TopicPartition;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.FixedBackOff;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record that cannot be read goes straight to {@code <topic>-dlt}, with the exception
 * in its headers, and the consumer goes on with the next one. Any other failure (MongoDB
 * away for a moment) is retried with growing pauses for about two minutes before the
 * record is dead-lettered, so a short outage loses nothing.
 */
@Configuration(proxyBeanMethods = false)
public class EventDefaults {

	@Bean
	DefaultErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, String> kafka) {
		var recoverer = new DeadLetterPublishingRecoverer(kafka,
				(record, exception) -> new TopicPartition(record.topic() + "-dlt", -1));
		var handler = new DefaultErrorHandler(recoverer);
		handler.setBackOffFunction((record, exception) -> unreadable(exception) ? new FixedBackOff(0, 0) : patient());
		return handler;
	}

	@Bean
	OwnTopics ownTopics(@Value("${newsroom.kafka.partitions:3}") int partitions,
			@Value("${newsroom.kafka.replicas:1}") int replicas) {
		return new OwnTopics(partitions, replicas);
	}

	@Bean
	CloudEvents cloudEvents(JsonMapper json, @Value("${spring.application.name}") String service) {
		return new CloudEvents(json, "urn:newsroom:" + service);
	}

	private static boolean unreadable(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException || cause instanceof IllegalArgumentException) {
				return true;
			}
		}
		return false;
	}

	private static ExponentialBackOffWithMaxRetries patient() {
		var backOff = new ExponentialBackOffWithMaxRetries(15);
		backOff.setInitialInterval(200);
		backOff.setMultiplier(2);
		backOff.setMaxInterval(10_000);
		return backOff;
	}

}
