package dev.newsroom.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestTokens;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two view-counter-service processes on one database and one broker share the views'
 * partitions. One is killed with SIGKILL while readers' views pour in: every view either
 * instance accepted is counted, none twice, and the survivor takes over the dead one's
 * partitions within its session timeout.
 */
class ViewCounterScaleOutSystemTest {

	private static final int ARTICLES = 10;

	private static final int VIEWS = 6000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Infrastructure infrastructure = Infrastructure.embedded();

	private static final String database = "views-" + UUID.randomUUID();

	/** The instances' logs, kept for a look after a failure. */
	private static final Path logs = Path.of("target", "view-counter-scale-out");

	private static final List<ServiceProcess> instances = new ArrayList<>();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final ExecutorService readers = Executors.newFixedThreadPool(16);

	private static final List<String> articles = new ArrayList<>();

	@BeforeAll
	static void startTwoInstancesAndPublishArticles() throws IOException {
		Files.createDirectories(logs);
		TestTopics.create(infrastructure, new NewTopic(Topics.ARTICLES, 3, (short) 1)
			.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
		instances.add(start("one"));
		instances.add(start("two"));
		instances.forEach(ServiceProcess::awaitHealthy);
		for (int i = 0; i < ARTICLES; i++) {
			String id = UUID.randomUUID().toString();
			articles.add(id);
			TestTopics.send(infrastructure, TestTopics.cloudEvent(Topics.ARTICLES, id, ArticlePublished.TYPE.name(), """
					{"eventId":"%s","occurredAt":"%s","articleId":"%s","revision":2,"slug":"bai-%s",
					 "title":"Bài %s","lead":"","section":"Thời sự","tags":[],"publishedAt":"%s"}"""
				.formatted(UUID.randomUUID(), Instant.now(), id, id, id, Instant.now())));
		}
		for (String id : articles) {
			await().atMost(Duration.ofSeconds(60))
				.until(() -> instances.stream()
					.allMatch(instance -> instance.get("/api/views/" + id).statusCode() == 200));
		}
	}

	@AfterAll
	static void stopEverything() {
		instances.forEach(ServiceProcess::kill);
		readers.shutdownNow();
	}

	@Test
	void killingAnInstanceUnderLoadLosesNoAcceptedViewAndDoublesNone() {
		AtomicInteger sent = new AtomicInteger();
		long[] expected = new long[ARTICLES];
		List<CompletableFuture<Void>> views = new ArrayList<>();
		var killedAt = new CompletableFuture<Instant>();
		for (int reader = 0; reader < VIEWS; reader++) {
			int article = reader % ARTICLES;
			expected[article]++;
			int n = reader;
			views.add(CompletableFuture.runAsync(() -> {
				view(n, articles.get(article));
				if (sent.incrementAndGet() == VIEWS / 2) {
					// SIGKILL: no shutdown, the group hears nothing of it
					instances.get(0).kill();
					killedAt.complete(Instant.now());
				}
			}, readers));
		}
		views.forEach(CompletableFuture::join);
		Instant killed = killedAt.join();

		Instant caughtUp = awaitTotals(expected);
		long lost = 0;
		long doubled = 0;
		for (int article = 0; article < ARTICLES; article++) {
			long total = total(articles.get(article));
			lost += Math.max(0, expected[article] - total);
			doubled += Math.max(0, total - expected[article]);
		}
		System.out.printf(
				"kill -9 under load: %d views accepted, %d lost, %d doubled; all counted %.1f s after the kill%n",
				VIEWS, lost, doubled, Duration.between(killed, caughtUp).toMillis() / 1000.0);
		assertThat(lost).isZero();
		assertThat(doubled).isZero();
		// per view, not only per article, where a lost view and a doubled one would
		// cancel out: every reader came once, without a visitor id, so each view that
		// counted left its client's history, and the totals add up to the views
		try (var mongo = MongoClients.create(infrastructure.mongoUri(database))) {
			long counted = mongo.getDatabase(database)
				.getCollection("recent_views")
				.countDocuments(Filters.regex("_id", "\\|client\\|"));
			assertThat(counted).as("views that counted").isEqualTo(VIEWS);
		}
		long sum = 0;
		for (String article : articles) {
			sum += total(article);
		}
		assertThat(sum).as("the totals").isEqualTo(VIEWS);
		assertThat(instances.get(0).isAlive()).isFalse();
	}

	/**
	 * One reader's one view, through whichever instance is alive, from an address of its
	 * own. A view that was not accepted (its instance died under it) is sent again, as
	 * the beacon does: from the same client within the window it counts once even if the
	 * first attempt reached the broker.
	 */
	private static void view(int reader, String articleId) {
		String address = "10.%d.%d.%d".formatted(reader >> 16 & 255, reader >> 8 & 255, reader & 255);
		for (int attempt = 0;; attempt++) {
			List<ServiceProcess> alive = instances.stream().filter(ServiceProcess::isAlive).toList();
			ServiceProcess instance = alive.get((reader + attempt) % alive.size());
			try {
				var request = HttpRequest.newBuilder(URI.create("http://localhost:" + instance.port() + "/api/views"))
					.timeout(Duration.ofSeconds(10))
					.header("Content-Type", "application/json")
					.header("User-Agent", "Mozilla/5.0 (reader " + reader + ")")
					.header("X-Forwarded-For", address)
					.POST(HttpRequest.BodyPublishers.ofString("{\"articleId\":\"" + articleId + "\"}"))
					.build();
				if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 202) {
					return;
				}
			}
			catch (IOException cutOff) {
				// the instance died under the request
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			assertThat(attempt).as("view of reader %d", reader).isLessThan(20);
		}
	}

	/** When every article's total reached what was accepted for it. */
	private static Instant awaitTotals(long[] expected) {
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
			for (int article = 0; article < ARTICLES; article++) {
				if (total(articles.get(article)) < expected[article]) {
					return false;
				}
			}
			return true;
		});
		Instant caughtUp = Instant.now();
		// a batch the dead instance counted and did not commit comes again to the
		// survivor: once the aggregator has committed past every view, none comes again,
		// and a double count would show in the totals
		TestTopics.awaitConsumed(infrastructure.kafkaBootstrapServers(), "view-counter-service.aggregator",
				Topics.VIEWS, Duration.ofSeconds(60));
		return caughtUp;
	}

	private static long total(String articleId) {
		ServiceProcess alive = instances.stream().filter(ServiceProcess::isAlive).findFirst().orElseThrow();
		return JSON.readTree(alive.get("/api/views/" + articleId).body()).get("total").asLong();
	}

	private static ServiceProcess start(String name) {
		return ServiceProcess.start("view-counter-service", name, logs,
				Map.of("SPRING_MONGODB_URI", infrastructure.mongoUri(database), "SPRING_KAFKA_BOOTSTRAP_SERVERS",
						infrastructure.kafkaBootstrapServers(),
						"SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION",
						TestTokens.publicKeyLocation()));
	}

}
