package dev.newsroom.viewcounter;

import java.time.Clock;
import java.time.ZoneOffset;

import dev.newsroom.contracts.Topics;
import dev.newsroom.defaults.ServiceDefaults;
import dev.newsroom.defaults.events.OwnTopics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Counts page views. The beacon puts each view on {@code views.v1}; the aggregator drops
 * bots, repeat views and views of articles it does not know as published, adds the rest
 * to per-article totals and announces them on {@code view-counts.v1}. It learns which
 * articles exist from {@code articles.v1}.
 */
@SpringBootApplication
@Import(ServiceDefaults.class)
public class ViewCounterServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ViewCounterServiceApplication.class, args);
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
	NewTopic viewsTopic(OwnTopics topics) {
		return topics.topic(Topics.VIEWS);
	}

	/**
	 * Compacted: a reader that starts late still finds the last total of every article.
	 */
	@Bean
	NewTopic viewCountsTopic(OwnTopics topics) {
		return topics.compactedTopic(Topics.VIEW_COUNTS);
	}

}
