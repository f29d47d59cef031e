package dev.newsroom.viewcounter;

import java.time.Clock;
import java.time.ZoneOffset;

import dev.newsroom.contracts.Topics;
import dev.newsroom.defaults.ServiceDefaults;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.TopicBuilder;

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
	NewTopic viewsTopic(@Value("${newsroom.kafka.partitions:3}") int partitions,
			@Value("${newsroom.kafka.replicas:1}") int replicas) {
		return TopicBuilder.name(Topics.VIEWS).partitions(partitions).replicas(replicas).build();
	}

	/**
	 * Compacted: a reader that starts late still finds the last total of every article.
	 */
	@Bean
	NewTopic viewCountsTopic(@Value("${newsroom.kafka.partitions:3}") int partitions,
			@Value("${newsroom.kafka.replicas:1}") int replicas) {
		return TopicBuilder.name(Topics.VIEW_COUNTS)
			.partitions(partitions)
			.replicas(replicas)
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
			.build();
	}

}
