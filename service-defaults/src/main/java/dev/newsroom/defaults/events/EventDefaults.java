package dev.newsroom.defaults.events;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

import tools.jackson.databind.json.JsonMapper;

/**
 * A record that still fails after a few tries goes to {@code <topic>-dlt} with the
 * exception in its headers, and the consumer goes on with the next one.
 */
@Configuration(proxyBeanMethods = false)
public class EventDefaults {

	@Bean
	DefaultErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, String> kafka) {
		var recoverer = new DeadLetterPublishingRecoverer(kafka,
				(record, exception) -> new org.apache.kafka.common.TopicPartition(record.topic() + "-dlt", -1));
		return new DefaultErrorHandler(recoverer, new FixedBackOff(500, 3));
	}

	@Bean
	CloudEvents cloudEvents(JsonMapper json, @Value("${spring.application.name}") String service) {
		return new CloudEvents(json, "urn:newsroom:" + service);
	}

}
