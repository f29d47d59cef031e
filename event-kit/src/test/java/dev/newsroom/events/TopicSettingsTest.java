package dev.newsroom.events;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.views.PageViewed;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicSettingsTest {

	private final TopicSettings settings = new TopicSettings(6, 3, Duration.ofDays(7), Duration.ofDays(30));

	private final Map<String, NewTopic> declared = settings.declarations(EventWiring.builder()
		.produces(Topics.VIEWS, TopicKind.STREAM, "article id", PageViewed.TYPE)
		.produces(Topics.VIEW_COUNTS, TopicKind.ENTITY, "article id")
		.subscribe("catalog", Topics.ARTICLES, Object.class, on -> on.event(ArticlePublished.TYPE, (bean, event) -> {
		}))
		.build(), "view-counter-service").stream().collect(Collectors.toMap(NewTopic::name, topic -> topic));

	@Test
	void aServiceDeclaresWhatItProducesAndItsDeadLetterTopicsButNotWhatItReads() {
		assertThat(declared).containsOnlyKeys("views.v1", "view-counts.v1", "view-counter-service.catalog.dlt");
		assertThat(declared.values()).allSatisfy(topic -> {
			assertThat(topic.numPartitions()).isEqualTo(6);
			assertThat(topic.replicationFactor()).isEqualTo((short) 3);
			assertThat(topic.configs()).containsEntry("min.insync.replicas", "2");
		});
	}

	@Test
	void anEntityTopicIsCompactedAndKeepsTombstonesForAMonth() {
		assertThat(declared.get("view-counts.v1").configs()).containsEntry("cleanup.policy", "compact")
			.containsEntry("delete.retention.ms", String.valueOf(Duration.ofDays(30).toMillis()))
			.doesNotContainKey("retention.ms");
	}

	@Test
	void aStreamTopicForgetsByAgeAndDeadLettersAreKeptUntilSomeoneLooks() {
		assertThat(declared.get("views.v1").configs()).containsEntry("cleanup.policy", "delete")
			.containsEntry("retention.ms", String.valueOf(Duration.ofDays(7).toMillis()));
		assertThat(declared.get("view-counter-service.catalog.dlt").configs()).containsEntry("cleanup.policy", "delete")
			.containsEntry("retention.ms", "-1");
	}

}
