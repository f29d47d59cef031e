package dev.newsroom.site;

import java.time.Duration;
import java.util.List;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The site's subscriptions over a real broker: an article comes and goes with its events.
 */
class SiteEventsIntegrationTest extends SiteTest {

	@Autowired
	JsonMapper json;

	@Test
	void aPublishedArticleShowsAndATombstoneTakesItAway() {
		String id = SampleEvents.id();
		ArticlePublished published = SampleEvents.article(id, 1, "qua-kafka-" + id, "Bài qua Kafka", "Thời sự",
				"<p>Nội dung</p>", null, List.of(), List.of(), List.of());
		TestTopics.send(Infrastructure.embedded(), TestTopics.cloudEvent(Topics.ARTICLES, id,
				ArticlePublished.TYPE.name(), json.writeValueAsString(published)));

		await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/bai-viet/qua-kafka-" + id).status() == 200);
		assertThat(http.get("/bai-viet/qua-kafka-" + id).text()).contains("Bài qua Kafka");

		TestTopics.send(Infrastructure.embedded(), new ProducerRecord<>(Topics.ARTICLES, id, null));
		await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/bai-viet/qua-kafka-" + id).status() == 404);
	}

}
