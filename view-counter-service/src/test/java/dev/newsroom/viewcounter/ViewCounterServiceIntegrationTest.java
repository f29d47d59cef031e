package dev.newsroom.viewcounter;

import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;
import dev.newsroom.contracts.views.MostReadChanged;
import dev.newsroom.contracts.views.PageViewed;
import dev.newsroom.contracts.views.ViewCountChanged;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestHttp;
import dev.newsroom.testsupport.TestHttp.Response;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The view counter over HTTP and Kafka. Subclasses choose the infrastructure: the
 * embedded broker and MongoDB-wire server, or containers.
 */
// the lists are made every second, not every half minute
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "newsroom.views.most-read.refresh=1s")
@DirtiesContext
abstract class ViewCounterServiceIntegrationTest {

	private static final String BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile";

	@LocalServerPort
	int port;

	TestHttp http;

	/** The signed visitor id each browser of a test was given. */
	final Map<String, String> visitorIds = new HashMap<>();

	abstract Infrastructure infrastructure();

	/** What this service reads of others', declared as their owners would. */
	static void topicsOfOtherServices(Infrastructure infrastructure) {
		TestTopics.create(infrastructure, new NewTopic(Topics.ARTICLES, 3, (short) 1)
			.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
	}

	@BeforeEach
	void connect() {
		http = new TestHttp("http://localhost:" + port);
	}

	@Test
	void countsEachVisitorOnceWithinTheWindowAndAnnouncesTheTotal() {
		String article = aPublishedArticle();

		for (String visitor : new String[] { "an", "an", "binh", "an", "chi" }) {
			assertThat(view(article, visitor).status()).isEqualTo(202);
		}

		awaitTotal(article, 3);
		var announced = TestTopics.awaitRecord(infrastructure(), Topics.VIEW_COUNTS,
				record -> article.equals(record.key()) && record.value().contains("\"total\":3"),
				Duration.ofSeconds(20));
		assertThat(TestTopics.header(announced, "ce_type")).isEqualTo(ViewCountChanged.TYPE.name());
		var count = http.get("/api/views/" + article).json();
		assertThat(count.get("today").asLong()).isEqualTo(3);
		assertThat(count.get("last7Days").asLong()).isEqualTo(3);
	}

	@Test
	void thePagesBeaconIsTextAndItsVisitorIsTheCookieTheFirstAnswerSet() {
		String article = aPublishedArticle();
		String beacon = "{\"articleId\":\"%s\"}".formatted(article);

		Response first = http.withHeader("User-Agent", BROWSER + " first")
			.post("/api/views", "text/plain;charset=UTF-8", BodyPublishers.ofString(beacon), null);
		assertThat(first.status()).isEqualTo(202);
		String cookie = first.header("Set-Cookie");
		assertThat(cookie).startsWith("newsroom_visitor=")
			.contains("Path=/api/views")
			.contains("HttpOnly")
			.contains("SameSite=Strict");
		String visitor = cookie.substring(0, cookie.indexOf(';'));
		// the same browser, whatever it says it is: one visitor by its cookie
		for (String agent : new String[] { " second", " third" }) {
			Response again = http.withHeader("User-Agent", BROWSER + agent)
				.withHeader("Cookie", visitor)
				.post("/api/views", "text/plain;charset=UTF-8", BodyPublishers.ofString(beacon), null);
			assertThat(again.status()).isEqualTo(202);
		}
		Response other = http.withHeader("User-Agent", BROWSER + " another")
			.post("/api/views", "text/plain;charset=UTF-8", BodyPublishers.ofString(beacon), null);
		assertThat(other.status()).isEqualTo(202);

		awaitTotal(article, 2);
		assertThat(http.post("/api/views", "text/plain", BodyPublishers.ofString("{\"articleId\":\"x\"}"), null)
			.json()
			.get("errors")
			.get(0)
			.get("field")
			.asString()).isEqualTo("articleId");
		assertThat(http.post("/api/views", "text/plain", BodyPublishers.ofString("not json"), null).status())
			.isEqualTo(400);
		assertThat(http.post("/api/views", "text/plain", BodyPublishers.ofString("null"), null).status())
			.isEqualTo(400);
		// another site's page making its readers' browsers count views
		assertThat(http.withHeader("Sec-Fetch-Site", "cross-site")
			.post("/api/views", "text/plain", BodyPublishers.ofString(beacon), null)
			.status()).isEqualTo(403);
	}

	@Test
	void madeUpVisitorIdsCountAsOneVisitorOfThatAddressAndBrowser() {
		String article = aPublishedArticle();

		for (int i = 0; i < 5; i++) {
			Response response = http.withHeader("User-Agent", BROWSER).post("/api/views", """
					{"articleId":"%s","visitorId":"made-up-%d"}""".formatted(article, i), null);
			assertThat(response.json().get("visitorId").asString()).as("a signed one instead")
				.doesNotStartWith("made-up");
		}

		awaitTotal(article, 1);
	}

	@Test
	void theViewEventCarriesHashesNotTheVisitorIdNorTheAddress() {
		String article = aPublishedArticle();
		String visitorId = view(article, "giang").json().get("visitorId").asString();

		view(article, "giang");

		var record = TestTopics.awaitRecord(infrastructure(), Topics.VIEWS, r -> article.equals(r.key()),
				Duration.ofSeconds(20));
		assertThat(TestTopics.header(record, "ce_type")).isEqualTo(PageViewed.TYPE.name());
		assertThat(record.value()).contains("\"visitorHash\"", "\"addressHash\"")
			.doesNotContain(visitorId.substring(0, visitorId.indexOf('.')), "127.0.0.1");
	}

	@Test
	void aBatchOfViewsIsAcceptedWholeAndCountsEach() {
		String first = aPublishedArticle();
		String second = aPublishedArticle();

		Response accepted = http.withHeader("User-Agent", BROWSER).post("/api/views/batch", """
				{"articleIds":["%s","%s","%s"]}""".formatted(first, second, first), null);

		assertThat(accepted.status()).isEqualTo(202);
		assertThat(accepted.json().get("views").asInt()).isEqualTo(3);
		awaitTotal(first, 1);
		awaitTotal(second, 1);
	}

	@Test
	void aBatchOfMoreThanAHundredViewsIsABadRequestNamingTheField() {
		String ids = String.join(",", Collections.nCopies(101, "\"" + UUID.randomUUID() + "\""));

		Response tooMany = http.post("/api/views/batch", "{\"articleIds\":[" + ids + "]}", null);

		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.json().get("errors").findValuesAsString("field")).containsExactly("articleIds");
	}

	@Test
	void aViewAfterTheWindowCountsAgain() {
		String article = aPublishedArticle();
		Instant morning = Instant.parse("2026-11-20T01:00:00Z");

		sendView(article, "dung", morning);
		sendView(article, "dung", morning.plus(Duration.ofMinutes(29)));
		sendView(article, "dung", morning.plus(Duration.ofMinutes(31)));

		awaitTotal(article, 2);
	}

	@Test
	void crawlersAndUnpublishedArticlesAreNotCounted() {
		String article = aPublishedArticle();
		String unknown = UUID.randomUUID().toString();

		http.withHeader("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
			.post("/api/views", """
					{"articleId":"%s","visitorId":"crawler"}""".formatted(article), null);
		view(unknown, "giang");
		view(article, "giang");

		awaitTotal(article, 1);
		assertThat(http.get("/api/views/" + unknown).status()).isEqualTo(404);
	}

	@Test
	void viewsOfAnArticleBeforeTheCounterKnowsItAreCountedOnceItsPublicationArrives() {
		String breaking = UUID.randomUUID().toString();
		assertThat(view(breaking, "an").status()).isEqualTo(202);
		assertThat(view(breaking, "binh").status()).isEqualTo(202);
		// a view of a known article on the same partition, counted: the aggregator has
		// been past the first two, and held them
		String marker = aPublishedArticle();
		var markerView = TestTopics.cloudEvent(Topics.VIEWS, marker, PageViewed.TYPE.name(), """
				{"eventId":"%s","occurredAt":"%s","articleId":"%s","visitorHash":"marker","bot":false}"""
			.formatted(UUID.randomUUID(), Instant.now(), marker));
		TestTopics.send(infrastructure(), new ProducerRecord<>(Topics.VIEWS, partitionOf(breaking, Topics.VIEWS),
				marker, markerView.value(), markerView.headers()));
		awaitTotal(marker, 1);

		sendArticleEvent(breaking, ArticlePublished.TYPE.name(), published(breaking, 2));

		awaitTotal(breaking, 2);
	}

	@Test
	void theMostReadListsRankTheArticlesOfEachWindowAndSectionAndGoOutAsSnapshots() {
		String section = "Mục " + UUID.randomUUID();
		String first = aPublishedArticle(section);
		String second = aPublishedArticle(section);
		for (String reader : List.of("an", "binh", "chi")) {
			view(first, reader);
		}
		view(second, "an");
		// the most read of the three, until it is taken off the site
		String withdrawn = aPublishedArticle(section);
		for (String reader : List.of("an", "binh", "chi", "dung", "giang")) {
			view(withdrawn, reader);
		}
		awaitTotal(first, 3);
		awaitTotal(second, 1);
		awaitTotal(withdrawn, 5);
		sendArticleEvent(withdrawn, ArticleUnpublished.TYPE.name(), """
				{"eventId":"%s","occurredAt":"2026-11-20T01:00:00Z","articleId":"%s","revision":3,"slug":"bai"}"""
			.formatted(UUID.randomUUID(), withdrawn));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			var list = http
				.get("/api/views/most-read?window=day&section=" + URLEncoder.encode(section, StandardCharsets.UTF_8)
						+ "&limit=5")
				.json();
			assertThat(list.get("items").findValuesAsString("articleId")).containsExactly(first, second);
			assertThat(list.get("items").get(0).get("views").asLong()).isEqualTo(3);
			assertThat(list.get("items").get(0).get("slug").asString()).isEqualTo("bai-" + first);
			assertThat(list.get("items").get(0).get("title").asString()).isEqualTo("Bài viết");
			assertThat(list.get("items").get(0).get("section").asString()).isEqualTo(section);
		});
		var snapshot = TestTopics.awaitRecord(infrastructure(), Topics.MOST_READ,
				record -> ("day|" + section).equals(record.key()) && record.value().contains(second),
				Duration.ofSeconds(20));
		assertThat(TestTopics.header(snapshot, "ce_type")).isEqualTo(MostReadChanged.TYPE.name());
		assertThat(snapshot.value().indexOf(first)).isLessThan(snapshot.value().indexOf(second));
	}

	@Test
	void aMostReadListOfAnUnknownWindowOrTooLongIsABadRequestNamingTheField() {
		Response window = http.get("/api/views/most-read?window=year");
		Response limit = http.get("/api/views/most-read?limit=500");

		assertThat(window.status()).isEqualTo(400);
		assertThat(window.json().get("errors").findValuesAsString("field")).containsExactly("window");
		assertThat(limit.status()).isEqualTo(400);
		assertThat(limit.json().get("errors").findValuesAsString("field")).containsExactly("limit");
	}

	@Test
	void anUnreadableRecordIsDeadLetteredAndCountingGoesOn() {
		String article = aPublishedArticle();
		TestTopics.send(infrastructure(),
				TestTopics.cloudEvent(Topics.VIEWS, article, PageViewed.TYPE.name(), "{\"articleId\": not json"));

		view(article, "hoa");

		awaitTotal(article, 1);
		var dead = TestTopics.awaitRecord(infrastructure(), "view-counter-service.aggregator.dlt",
				r -> article.equals(r.key()), Duration.ofSeconds(20));
		assertThat(dead.value()).contains("not json");
		assertThat(TestTopics.header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.VIEWS);
	}

	@Test
	void anUnpublishedArticleStopsCountingAndADeletedOneIsForgottenWithItsTotal() {
		String unpublished = aPublishedArticle();
		String deleted = aPublishedArticle();
		String tombstoned = aPublishedArticle();

		sendArticleEvent(unpublished, ArticleUnpublished.TYPE.name(), """
				{"eventId":"%s","occurredAt":"2026-11-20T01:00:00Z","articleId":"%s","revision":3,"slug":"bai"}"""
			.formatted(UUID.randomUUID(), unpublished));
		sendArticleEvent(deleted, ArticleDeleted.TYPE.name(), """
				{"eventId":"%s","occurredAt":"2026-11-20T01:00:00Z","articleId":"%s","revision":3}"""
			.formatted(UUID.randomUUID(), deleted));
		TestTopics.send(infrastructure(), new ProducerRecord<>(Topics.ARTICLES, tombstoned, null));
		// an older snapshot arriving late must not bring the deleted article back
		sendArticleEvent(deleted, ArticlePublished.TYPE.name(), published(deleted, 2));

		for (String article : List.of(unpublished, deleted, tombstoned)) {
			await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/views/" + article).status() == 404);
		}
		// an article published after the late snapshot, on its partition: once the
		// catalog
		// knows it, it has seen the late snapshot too
		String marker = UUID.randomUUID().toString();
		var after = TestTopics.cloudEvent(Topics.ARTICLES, marker, ArticlePublished.TYPE.name(), published(marker, 2));
		TestTopics.send(infrastructure(),
				new ProducerRecord<>(Topics.ARTICLES,
						BuiltInPartitioner.partitionForKey(deleted.getBytes(StandardCharsets.UTF_8), 3), marker,
						after.value(), after.headers()));
		await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/views/" + marker).status() == 200);
		assertThat(http.get("/api/views/" + deleted).status()).isEqualTo(404);
		for (String gone : List.of(deleted, tombstoned)) {
			TestTopics.awaitRecord(infrastructure(), Topics.VIEW_COUNTS,
					record -> gone.equals(record.key()) && record.value() == null, Duration.ofSeconds(20));
		}
	}

	@Test
	void anArticleWithoutViewsHasATotalOfZeroAndAnUnknownOneIsNotFound() {
		String article = aPublishedArticle();

		assertThat(http.get("/api/views/" + article).json().get("total").asLong()).isZero();
		Response unknown = http.get("/api/views/" + UUID.randomUUID());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aBeaconOfMoreThanAFewKilobytesIs413() {
		Response response = http.post("/api/views", """
				{"articleId":"a1","visitorId":"%s"}""".formatted("v".repeat(90_000)), null);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void badBeaconsAreBadRequestsNamingTheField() {
		Response blank = http.post("/api/views", """
				{"articleId":" ","visitorId":"v"}""", null);
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().get("errors").findValuesAsString("field")).containsExactly("articleId");

		Response notAnArticle = http.post("/api/views", """
				{"articleId":"../../etc/passwd"}""", null);
		assertThat(notAnArticle.status()).isEqualTo(400);
		assertThat(notAnArticle.json().get("errors").findValuesAsString("field")).containsExactly("articleId");

		Response malformed = http.post("/api/views", "{\"articleId\":", null);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
	}

	private String aPublishedArticle() {
		return aPublishedArticle("Thời sự");
	}

	private String aPublishedArticle(String section) {
		String id = UUID.randomUUID().toString();
		sendArticleEvent(id, ArticlePublished.TYPE.name(), published(id, 2).replace("Thời sự", section));
		await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/views/" + id).status() == 200);
		return id;
	}

	private static String published(String id, long revision) {
		return """
				{"eventId":"%s","occurredAt":"2026-11-20T00:00:00Z","articleId":"%s","revision":%d,
				 "slug":"bai-%s","title":"Bài viết","lead":"","section":"Thời sự","tags":[],
				 "publishedAt":"2026-11-20T00:00:00Z","aFieldFromTheFuture":1}""".formatted(UUID.randomUUID(), id,
				revision, id);
	}

	/** The partition of the topic a key goes to, as the producer chooses it. */
	private int partitionOf(String key, String topic) {
		try (var admin = Admin.create(Map.of("bootstrap.servers", infrastructure().kafkaBootstrapServers()))) {
			int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
			return BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), partitions);
		}
		catch (ExecutionException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void sendArticleEvent(String id, String type, String json) {
		TestTopics.send(infrastructure(), TestTopics.cloudEvent(Topics.ARTICLES, id, type, json));
	}

	/**
	 * A view from a browser of its own, which keeps the visitor id its first view was
	 * given, as the site's beacon does.
	 */
	private Response view(String articleId, String browser) {
		String visitorId = visitorIds.get(browser);
		Response response = http.withHeader("User-Agent", BROWSER + " " + browser)
			.post("/api/views", visitorId == null ? """
					{"articleId":"%s"}""".formatted(articleId) : """
					{"articleId":"%s","visitorId":"%s"}""".formatted(articleId, visitorId), null);
		if (response.status() == 202) {
			visitorIds.put(browser, response.json().get("visitorId").asString());
		}
		return response;
	}

	private void sendView(String articleId, String visitorHash, Instant at) {
		TestTopics.send(infrastructure(), TestTopics.cloudEvent(Topics.VIEWS, articleId, PageViewed.TYPE.name(), """
				{"eventId":"%s","occurredAt":"%s","articleId":"%s","visitorHash":"%s","bot":false}"""
			.formatted(UUID.randomUUID(), at, articleId, visitorHash)));
	}

	private void awaitTotal(String articleId, long total) {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			// an article the counter has not catalogued yet is a 404, not yet a total
			var answer = http.get("/api/views/" + articleId);
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.json().get("total").asLong()).isEqualTo(total);
		});
		// once the aggregator has committed past every view sent so far, a wrong, larger
		// total would show
		TestTopics.awaitConsumed(infrastructure().kafkaBootstrapServers(), "view-counter-service.aggregator",
				Topics.VIEWS, Duration.ofSeconds(20));
		assertThat(http.get("/api/views/" + articleId).json().get("total").asLong()).isEqualTo(total);
	}

}
