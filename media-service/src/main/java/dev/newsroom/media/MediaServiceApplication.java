package dev.newsroom.media;

import java.time.Clock;
import java.time.ZoneOffset;

import dev.newsroom.contracts.Topics;
import dev.newsroom.defaults.ServiceDefaults;
import dev.newsroom.defaults.events.CloudEvents;
import dev.newsroom.defaults.events.OwnTopics;
import dev.newsroom.defaults.outbox.OutboxRelay;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Owns photos and videos: editors upload them with a caption and a credit, pages and
 * visitors fetch their metadata and bytes. Keeps the bytes in GridFS and publishes
 * {@code media.v1} through the outbox of each media document.
 */
@SpringBootApplication
@Import(ServiceDefaults.class)
public class MediaServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(MediaServiceApplication.class, args);
	}

	/**
	 * Milliseconds, as MongoDB stores them: an answer shows the same time a later read
	 * does.
	 */
	@Bean
	Clock clock() {
		return Clock.tickMillis(ZoneOffset.UTC);
	}

	@Bean
	OutboxRelay mediaOutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, CloudEvents events) {
		return new OutboxRelay(mongo, kafka, events, "media");
	}

	@Bean
	NewTopic mediaTopic(OwnTopics topics) {
		return topics.topic(Topics.MEDIA);
	}

}
