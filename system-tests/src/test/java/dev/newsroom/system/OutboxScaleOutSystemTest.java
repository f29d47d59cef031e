package dev.newsroom.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestTokens;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two article-service processes on one database and one broker, publishing a thousand
 * articles at once: the outbox relay runs on one instance at a time, so each publish
 * gives one event; a relay killed with SIGKILL mid-way loses nothing and doubles at most
 * what it had in flight.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxScaleOutSystemTest {

	private static final int ARTICLES = 1000;

	/** What one relay round can have in flight: the default batch size. */
	private static final int IN_FLIGHT = 500;

	private static final String PUBLISHER = TestTokens.bearer("minh", "EDITOR", "PUBLISHER");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Infrastructure infrastructure = Infrastructure.embedded();

	private static final String database = "articles-" + UUID.randomUUID();

	/** The instances' logs, kept for a look after a failure. */
	private static final Path logs = Path.of("target", "outbox-scale-out");

	private static final List<ServiceProcess> instances = new ArrayList<>();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final ExecutorService editors = Executors.newFixedThreadPool(16);

	private static MongoClient mongo;

	@BeforeAll
	static void startTwoInstances() throws IOException {
		Files.createDirectories(logs);
		TestTopics.create(infrastructure, new NewTopic(Topics.VIEW_COUNTS, 3, (short) 1));
		mongo = MongoClients.create(infrastructure.mongoUri(database));
		instances.add(start("one"));
		instances.add(start("two"));
		instances.forEach(ServiceProcess::awaitHealthy);
	}

	@AfterAll
	static void stopEverything() {
		instances.forEach(ServiceProcess::kill);
		editors.shutdownNow();
		if (mongo != null) {
			mongo.close();
		}
	}

	@Test
	@Order(1)
	void aThousandArticlesPublishedAtOnceThroughTwoInstancesGiveAThousandEvents() {
		List<String> ids = drafts("thường");

		publishAll(ids, published -> {
		});

		Map<String, Long> events = publishedEventsPerArticle(ids);
		assertThat(events).hasSize(ARTICLES).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
	}

	@Test
	@Order(2)
	void killingAnInstanceMidWayLosesNoEventAndDoublesOnlyWhatWasInFlight() {
		List<String> ids = drafts("sự cố");
		List<ServiceProcess> victim = new ArrayList<>();

		publishAll(ids, published -> {
			if (published == ARTICLES / 2) {
				// the one relaying, mid-round; SIGKILL: no shutdown hook, no lease
				// released
				victim.add(instances.stream().filter(OutboxScaleOutSystemTest::relays).findFirst().orElseThrow());
				victim.get(0).kill();
			}
		});

		assertThat(victim).singleElement().satisfies(killed -> assertThat(killed.isAlive()).isFalse());
		Map<String, Long> events = publishedEventsPerArticle(ids);
		long duplicates = events.values().stream().mapToLong(times -> times - 1).sum();
		System.out.printf("kill -9 mid-way: %d articles, %d events, %d duplicates%n", ARTICLES, ARTICLES + duplicates,
				duplicates);
		assertThat(events).as("every published article has its event").hasSize(ARTICLES);
		assertThat(duplicates).as("only what the killed relay had in flight comes twice")
			.isLessThanOrEqualTo(IN_FLIGHT);
	}

	/** A thousand drafts, written through both instances. */
	private static List<String> drafts(String batch) {
		AtomicInteger next = new AtomicInteger();
		List<CompletableFuture<String>> created = new ArrayList<>();
		for (int i = 0; i < ARTICLES; i++) {
			int n = i;
			created.add(CompletableFuture.supplyAsync(() -> {
				String body = """
						{"title":"Tin %s số %d","lead":"Sapo","body":"<p>Thân bài</p>","section":"Thời sự"}"""
					.formatted(batch, n);
				HttpResponse<String> response = send(alive(next.getAndIncrement()), "/api/admin/articles", "POST",
						body);
				assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
				return JSON.readTree(response.body()).get("id").asString();
			}, editors));
		}
		return created.stream().map(CompletableFuture::join).toList();
	}

	/**
	 * Publishes every article, each through whichever instance is alive, then waits until
	 * the database holds no event that waits. A publish cut off by a dying instance is
	 * sent again; 409 then means the first one was stored.
	 */
	private static void publishAll(List<String> ids, java.util.function.IntConsumer afterEach) {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		List<CompletableFuture<Void>> publishing = new ArrayList<>();
		for (String id : ids) {
			publishing.add(CompletableFuture.runAsync(() -> {
				for (int attempt = 0;; attempt++) {
					try {
						int status = send(alive(next.getAndIncrement()), "/api/admin/articles/" + id + "/publish",
								"POST", null)
							.statusCode();
						assertThat(status).isIn(200, 409);
						break;
					}
					catch (UncheckedIOException cutOff) {
						assertThat(attempt).as("publishing %s", id).isLessThan(5);
					}
				}
				afterEach.accept(done.incrementAndGet());
			}, editors));
		}
		publishing.forEach(CompletableFuture::join);
		var articles = mongo.getDatabase(database).getCollection("articles");
		assertThat(articles.countDocuments(Filters.and(Filters.in("_id", ids), Filters.eq("status", "PUBLISHED"))))
			.isEqualTo(ids.size());
		await().atMost(Duration.ofSeconds(90)).until(() -> articles.countDocuments(Filters.exists("outbox.due")) == 0);
	}

	/**
	 * How often each article's publish event is on the topic; read to the end after every
	 * outbox was emptied, so everything acknowledged is there.
	 */
	private static Map<String, Long> publishedEventsPerArticle(List<String> ids) {
		Set<String> wanted = Set.copyOf(ids);
		return TestTopics.readToEnd(infrastructure.kafkaBootstrapServers(), Topics.ARTICLES)
			.stream()
			.filter(record -> wanted.contains(record.key()))
			.filter(record -> ArticlePublished.TYPE.name().equals(TestTopics.header(record, "ce_type")))
			.collect(Collectors.groupingBy(record -> record.key(), Collectors.counting()));
	}

	private static ServiceProcess alive(int turn) {
		List<ServiceProcess> alive = instances.stream().filter(ServiceProcess::isAlive).toList();
		return alive.get(turn % alive.size());
	}

	private static HttpResponse<String> send(ServiceProcess instance, String path, String method, String json) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + instance.port() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", PUBLISHER)
			.header("Content-Type", "application/json")
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static ServiceProcess start(String name) {
		// the lease stays at its 30 s: a relay killed while holding it blocks the others
		// as long
		return ServiceProcess.start("article-service", name, logs,
				Map.of("SPRING_MONGODB_URI", infrastructure.mongoUri(database), "SPRING_KAFKA_BOOTSTRAP_SERVERS",
						infrastructure.kafkaBootstrapServers(),
						"SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION",
						TestTokens.publicKeyLocation()));
	}

	/** Whether this instance holds the outbox lease, as its health says. */
	private static boolean relays(ServiceProcess instance) {
		return JSON.readTree(instance.get("/actuator/health").body())
			.at("/components/outbox/details/articles/relayedHere")
			.asBoolean();
	}

}
