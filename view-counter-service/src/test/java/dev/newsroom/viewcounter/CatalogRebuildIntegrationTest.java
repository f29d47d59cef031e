package dev.newsroom.viewcounter;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClients;
import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestHttp;
import dev.newsroom.testsupport.TestTokens;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A view counter with a new consumer group and an empty database (a new replica of the
 * read model, or one whose database was lost) rebuilds its catalogue from
 * {@code articles.v1} alone, after compaction has removed every superseded record: an
 * article published long ago is still there as its latest snapshot, a deleted one only as
 * its tombstone.
 */
class CatalogRebuildIntegrationTest {

	private final Infrastructure infrastructure = Infrastructure.embedded();

	private final String longAgo = UUID.randomUUID().toString();

	private final String retitled = UUID.randomUUID().toString();

	private final String unpublished = UUID.randomUUID().toString();

	private final String deleted = UUID.randomUUID().toString();

	@Test
	void aFreshConsumerGroupRebuildsTheCatalogueFromTheCompactedTopic() {
		ViewCounterServiceIntegrationTest.topicsOfOtherServices(infrastructure);
		// compaction within seconds rather than hours; what it keeps is the same
		Map<String, String> before = TestTopics.settings(infrastructure, Topics.ARTICLES);
		TestTopics.configure(infrastructure, Topics.ARTICLES,
				Map.of("segment.ms", "100", "min.cleanable.dirty.ratio", "0.01", "min.compaction.lag.ms", "0"));
		try {
			publishAndCompact();
		}
		finally {
			// other tests in this JVM read the topic too, and must not find it compacted
			// under their feet
			TestTopics.configure(infrastructure, Topics.ARTICLES,
					Map.of("segment.ms", before.get("segment.ms"), "min.cleanable.dirty.ratio",
							before.get("min.cleanable.dirty.ratio"), "min.compaction.lag.ms",
							before.get("min.compaction.lag.ms")));
		}

		String database = "rebuilt-" + UUID.randomUUID();
		try (var service = new SpringApplicationBuilder(ViewCounterServiceApplication.class).run(
				"--spring.application.name=view-counter-rebuilt-" + UUID.randomUUID(), "--server.port=0",
				"--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
				"--spring.mongodb.uri=" + infrastructure.mongoUri(database),
				"--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation());
				var mongo = MongoClients.create(infrastructure.mongoUri(database))) {
			var http = new TestHttp("http://localhost:" + service.getEnvironment().getProperty("local.server.port"));
			var catalog = mongo.getDatabase(database).getCollection("articles");

			await().atMost(Duration.ofSeconds(30))
				.until(() -> catalog.countDocuments(new Document("_id",
						new Document("$in", List.of(longAgo, retitled, unpublished, deleted)))) == 4);
			await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/views/" + longAgo).status() == 200);
			assertThat(http.get("/api/views/" + retitled).status()).isEqualTo(200);
			assertThat(catalog.find(new Document("_id", retitled)).first()).containsEntry("revision", 3L)
				.containsEntry("title", "Tiêu đề mới");
			await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/views/" + unpublished).status() == 404);
			assertThat(catalog.find(new Document("_id", deleted)).first()).containsEntry("deleted", true);
			assertThat(http.get("/api/views/" + deleted).status()).isEqualTo(404);
		}
	}

	/** An article's life on the topic, then compaction of what it superseded. */
	private void publishAndCompact() {
		send(longAgo, ArticlePublished.TYPE.name(), published(longAgo, 2, "Tin cũ"));
		send(retitled, ArticlePublished.TYPE.name(), published(retitled, 2, "Tiêu đề đầu"));
		send(retitled, ArticlePublished.TYPE.name(), published(retitled, 3, "Tiêu đề mới"));
		send(unpublished, ArticlePublished.TYPE.name(), published(unpublished, 2, "Tạm gỡ"));
		send(unpublished, ArticleUnpublished.TYPE.name(), """
				{"eventId":"%s","occurredAt":"2026-11-01T00:00:00Z","articleId":"%s","revision":3,"slug":"tam-go"}"""
			.formatted(UUID.randomUUID(), unpublished));
		send(deleted, ArticlePublished.TYPE.name(), published(deleted, 2, "Đã xoá"));
		send(deleted, ArticleDeleted.TYPE.name(), """
				{"eventId":"%s","occurredAt":"2026-11-01T00:00:00Z","articleId":"%s","revision":3}"""
			.formatted(UUID.randomUUID(), deleted));
		TestTopics.send(infrastructure, new ProducerRecord<>(Topics.ARTICLES, deleted, null));

		awaitCompaction();
	}

	/**
	 * Until the superseded records are gone: new records on every partition roll the
	 * segments that hold the test's records, so the cleaner may compact them.
	 */
	private void awaitCompaction() {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
			for (int partition = 0; partition < 3; partition++) {
				TestTopics.send(infrastructure,
						new ProducerRecord<>(Topics.ARTICLES, partition, "roll-" + UUID.randomUUID(), null));
			}
			Map<String, List<String>> left = TestTopics
				.readToEnd(infrastructure.kafkaBootstrapServers(), Topics.ARTICLES)
				.stream()
				.filter(record -> List.of(longAgo, retitled, unpublished, deleted).contains(record.key()))
				.collect(Collectors.groupingBy(ConsumerRecord::key,
						Collectors.mapping(CatalogRebuildIntegrationTest::describe, Collectors.toList())));
			return left.equals(Map.of(longAgo, List.of("published 2"), retitled, List.of("published 3"), unpublished,
					List.of("unpublished 3"), deleted, List.of("tombstone")));
		});
	}

	private static String describe(ConsumerRecord<String, String> record) {
		if (record.value() == null) {
			return "tombstone";
		}
		String type = TestTopics.header(record, "ce_type");
		String revision = record.value().replaceAll("(?s).*\"revision\":(\\d+).*", "$1");
		return type.replaceAll("dev\\.newsroom\\.article\\.(\\w+)\\.v1", "$1") + " " + revision;
	}

	private void send(String id, String type, String json) {
		TestTopics.send(infrastructure, TestTopics.cloudEvent(Topics.ARTICLES, id, type, json));
	}

	private static String published(String id, long revision, String title) {
		return """
				{"eventId":"%s","occurredAt":"2026-11-01T00:00:00Z","articleId":"%s","revision":%d,
				 "slug":"bai-%s","title":"%s","lead":"","section":"Thời sự","tags":[],
				 "publishedAt":"2026-11-01T00:00:00Z"}""".formatted(UUID.randomUUID(), id, revision, id, title);
	}

}
