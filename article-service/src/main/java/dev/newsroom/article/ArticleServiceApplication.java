package dev.newsroom.article;

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
 * Owns articles: editors write and publish them, visitors read the published ones.
 * Publishes {@code articles.v1} through the outbox of each article document; consumes
 * {@code view-counts.v1} to show the view counter.
 */
@SpringBootApplication
@Import(ServiceDefaults.class)
public class ArticleServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ArticleServiceApplication.class, args);
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
	OutboxRelay articleOutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, CloudEvents events) {
		return new OutboxRelay(mongo, kafka, events, "articles");
	}

	@Bean
	NewTopic articlesTopic(OwnTopics topics) {
		return topics.topic(Topics.ARTICLES);
	}

}
