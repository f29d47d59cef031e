package dev.newsroom.article;

import java.time.Duration;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;
import dev.newsroom.contracts.views.ViewCountChanged;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestHttp;
import dev.newsroom.testsupport.TestHttp.Response;
import dev.newsroom.testsupport.TestTokens;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The article service over HTTP and Kafka, with real security. Subclasses choose the
 * infrastructure: the embedded broker and MongoDB-wire server, or containers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
abstract class ArticleServiceIntegrationTest {

	static final String EDITOR = TestTokens.bearer("lan", "EDITOR");

	static final String PUBLISHER = TestTokens.bearer("minh", "EDITOR", "PUBLISHER");

	static final String ADMIN = TestTokens.bearer("hoa", "EDITOR", "PUBLISHER", "ADMIN");

	@LocalServerPort
	int port;

	TestHttp http;

	abstract Infrastructure infrastructure();

	/**
	 * The topics before this service starts: what it reads of others', declared as their
	 * owners would, and its own as an older version left it, a plain topic.
	 */
	static void topicsBeforeTheStart(Infrastructure infrastructure) {
		TestTopics.create(infrastructure, new NewTopic(Topics.VIEW_COUNTS, 3, (short) 1),
				new NewTopic(Topics.ARTICLES, 3, (short) 1));
	}

	@BeforeEach
	void connect() {
		http = new TestHttp("http://localhost:" + port);
	}

	@Test
	void anEditorWritesADraftThatVisitorsCannotSee() {
		Response created = http.post("/api/admin/articles", """
				{"title":"Đắk Lắk: Lễ hội cà phê lần thứ 9","lead":"Sapo","body":"Thân bài",
				 "section":"Văn hóa","tags":["cà phê"]}""", EDITOR);

		assertThat(created.status()).isEqualTo(201);
		JsonNode draft = created.json();
		assertThat(draft.get("slug").asString()).isEqualTo("dak-lak-le-hoi-ca-phe-lan-thu-9");
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(http.get("/api/articles/dak-lak-le-hoi-ca-phe-lan-thu-9").status()).isEqualTo(404);
	}

	@Test
	void aSecondArticleWithTheSameTitleGetsItsOwnSlug() {
		String body = """
				{"title":"Bản tin trưa","body":"…","section":"Thời sự"}""";
		String first = http.post("/api/admin/articles", body, EDITOR).json().get("slug").asString();
		String second = http.post("/api/admin/articles", body, EDITOR).json().get("slug").asString();

		assertThat(first).startsWith("ban-tin-trua");
		assertThat(second).startsWith("ban-tin-trua").isNotEqualTo(first);
	}

	@Test
	void publishingMakesTheArticlePublicAndEmitsAnEventThroughTheOutbox() {
		String id = createDraft("Hà Giang mùa hoa tam giác mạch", "Du lịch");

		Response published = http.post("/api/admin/articles/" + id + "/publish", null, PUBLISHER);

		assertThat(published.status()).isEqualTo(200);
		assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
		var event = TestTopics.awaitRecord(infrastructure(), Topics.ARTICLES, record -> id.equals(record.key()),
				Duration.ofSeconds(20));
		assertThat(TestTopics.header(event, "ce_type")).isEqualTo(ArticlePublished.TYPE.name());
		assertThat(TestTopics.header(event, "ce_subject")).isEqualTo(id);
		assertThat(event.value()).contains("\"articleId\":\"" + id + "\"").contains("Hà Giang");

		JsonNode article = http.get("/api/articles/ha-giang-mua-hoa-tam-giac-mach").json();
		assertThat(article.get("id").asString()).isEqualTo(id);
		assertThat(article.get("title").asString()).isEqualTo("Hà Giang mùa hoa tam giác mạch");
		assertThat(article.get("section").asString()).isEqualTo("Du lịch");
		assertThat(article.get("publishedAt").asString()).isNotBlank();
		assertThat(article.get("viewCount").asLong()).isZero();
		assertThat(article.has("status")).as("the public view tells nothing of the workflow").isFalse();
	}

	@Test
	void unpublishingTakesTheArticleOffTheSiteAndSaysSoOnTheTopic() {
		String id = createDraft("Tạm gỡ bài viết", "Thời sự");
		assertThat(http.post("/api/admin/articles/" + id + "/publish", null, PUBLISHER).status()).isEqualTo(200);

		Response unpublished = http.post("/api/admin/articles/" + id + "/unpublish", null, PUBLISHER);

		assertThat(unpublished.status()).isEqualTo(200);
		assertThat(unpublished.json().get("status").asString()).isEqualTo("UNPUBLISHED");
		assertThat(http.get("/api/articles/tam-go-bai-viet").status()).isEqualTo(404);
		var event = TestTopics.awaitRecord(infrastructure(), Topics.ARTICLES,
				record -> id.equals(record.key())
						&& ArticleUnpublished.TYPE.name().equals(TestTopics.header(record, "ce_type")),
				Duration.ofSeconds(20));
		assertThat(event.value()).contains("\"revision\":3");
		assertThat(http.post("/api/admin/articles/" + id + "/unpublish", null, PUBLISHER).status()).isEqualTo(409);
	}

	@Test
	void anAdminDeletesAnArticleAndATombstoneFollowsItsDeletionEvent() {
		String id = createDraft("Bài sẽ bị xoá", "Thời sự");
		http.post("/api/admin/articles/" + id + "/publish", null, PUBLISHER);

		assertThat(http.delete("/api/admin/articles/" + id, PUBLISHER).status()).isEqualTo(403);
		assertThat(http.delete("/api/admin/articles/" + id, ADMIN).status()).isEqualTo(204);

		assertThat(http.get("/api/admin/articles/" + id, ADMIN).status()).isEqualTo(404);
		assertThat(http.get("/api/articles/bai-se-bi-xoa").status()).isEqualTo(404);
		assertThat(http.delete("/api/admin/articles/" + id, ADMIN).status()).isEqualTo(404);
		TestTopics.awaitRecord(infrastructure(), Topics.ARTICLES,
				record -> id.equals(record.key()) && record.value() == null, Duration.ofSeconds(20));
		assertThat(TestTopics.readToEnd(infrastructure().kafkaBootstrapServers(), Topics.ARTICLES)
			.stream()
			.filter(record -> id.equals(record.key()))
			.map(record -> record.value() == null ? "tombstone" : TestTopics.header(record, "ce_type")))
			.containsExactly(ArticlePublished.TYPE.name(), ArticleDeleted.TYPE.name(), "tombstone");
	}

	@Test
	void aSectionListsItsPublishedArticlesNewestFirstWhateverTheMarks() {
		String older = createDraft("Khai mạc kỳ họp thứ mười", "Chính trị");
		String draft = createDraft("Bản nháp chưa duyệt", "Chính trị");
		String newer = createDraft("Bế mạc kỳ họp thứ mười", "Chính trị");
		String elsewhere = createDraft("Giải bóng đá thiếu niên", "Thể thao");
		for (String id : new String[] { older, newer, elsewhere }) {
			assertThat(http.post("/api/admin/articles/" + id + "/publish", null, PUBLISHER).status()).isEqualTo(200);
		}

		JsonNode items = http.get("/api/articles?section=Ch%C3%ADnh%20tr%E1%BB%8B").json().get("items");
		assertThat(items.findValuesAsString("id")).containsExactly(newer, older).doesNotContain(draft, elsewhere);
		JsonNode unmarked = http.get("/api/articles?section=chinh%20tri").json().get("items");
		assertThat(unmarked.findValuesAsString("id")).containsExactly(newer, older);
	}

	@Test
	void theViewCounterFollowsViewCountEvents() {
		String id = createDraft("Phố cổ Hội An đón khách quốc tế", "Du lịch");
		http.post("/api/admin/articles/" + id + "/publish", null, PUBLISHER);

		sendTotal(id, 41);
		sendTotal(id, 2287);
		sendTotal(id, 2000); // late and smaller: an older total must not win

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					http.get("/api/articles/pho-co-hoi-an-don-khach-quoc-te").json().get("viewCount").asLong())
				.isEqualTo(2287));
	}

	@Test
	void withoutATokenWritingIsUnauthorized() {
		Response response = http.post("/api/admin/articles", """
				{"title":"Không có quyền","body":"…","section":"Thời sự"}""", null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("status").asInt()).isEqualTo(401);
	}

	@Test
	void aForgedOrExpiredTokenIsUnauthorized() {
		String expired = TestTokens.bearer("lan", java.time.Instant.now().minusSeconds(60), "EDITOR");
		assertThat(http.post("/api/admin/articles", "{}", expired).status()).isEqualTo(401);
		assertThat(http.post("/api/admin/articles", "{}", "Bearer not.a.token").status()).isEqualTo(401);
		assertThat(http.post("/api/admin/articles", "{}", TestTokens.forged("lan", "EDITOR")).status()).isEqualTo(401);
		assertThat(http.post("/api/admin/articles", "{}", TestTokens.fromIssuer("elsewhere", "lan", "EDITOR")).status())
			.isEqualTo(401);
	}

	@Test
	void anEditorMayNotPublish() {
		String id = createDraft("Chờ duyệt", "Thời sự");

		Response response = http.post("/api/admin/articles/" + id + "/publish", null, EDITOR);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(http.get("/api/admin/articles/" + id, EDITOR).json().get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void aReaderWithoutRolesMayNotWrite() {
		Response response = http.post("/api/admin/articles", """
				{"title":"Độc giả","body":"…","section":"Thời sự"}""", TestTokens.bearer("reader"));

		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void aBodyLargerThanTheServiceTakesIs413WhetherItsLengthIsDeclaredOrNot() {
		String tooLarge = """
				{"title":"Quá dài","section":"Thời sự","body":"%s"}""".formatted("x".repeat(3 * 1024 * 1024));

		Response declared = http.post("/api/admin/articles", tooLarge, EDITOR);
		Response streamed = http
			.post("/api/admin/articles", "application/json", java.net.http.HttpRequest.BodyPublishers.ofInputStream(
					() -> new java.io.ByteArrayInputStream(tooLarge.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
					EDITOR);

		assertThat(declared.status()).isEqualTo(413);
		assertThat(declared.contentType()).startsWith("application/problem+json");
		assertThat(streamed.status()).as("a chunked body is counted as it is read").isEqualTo(413);
		assertThat(streamed.contentType()).startsWith("application/problem+json");
	}

	@Test
	void malformedJsonIsABadRequest() {
		Response response = http.post("/api/admin/articles", "{\"title\": \"Thiếu ngoặc\"", EDITOR);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aMissingTitleIsABadRequestNamingTheField() {
		Response response = http.post("/api/admin/articles", """
				{"title":" ","body":"…","section":"Thời sự"}""", EDITOR);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("title");
	}

	@Test
	void aWronglyTypedFieldIsABadRequestNamingTheField() {
		Response response = http.post("/api/admin/articles", """
				{"title":"Sai kiểu","body":"…","section":"Thời sự","tags":"không phải danh sách"}""", EDITOR);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("tags");
	}

	@Test
	void publishingTwiceIsAConflictAndUnknownArticlesAreNotFound() {
		String id = createDraft("Một lần thôi", "Thời sự");
		http.post("/api/admin/articles/" + id + "/publish", null, PUBLISHER);

		assertThat(http.post("/api/admin/articles/" + id + "/publish", null, PUBLISHER).status()).isEqualTo(409);
		assertThat(http.post("/api/admin/articles/missing/publish", null, PUBLISHER).status()).isEqualTo(404);
		assertThat(http.get("/api/articles/khong-co-bai-nay").status()).isEqualTo(404);
	}

	@Test
	void theServiceKeepsItsTopicAsDeclaredCompactedEvenIfItExistedBefore() {
		assertThat(TestTopics.settings(infrastructure(), Topics.ARTICLES)).containsEntry("cleanup.policy", "compact")
			.containsEntry("delete.retention.ms", String.valueOf(java.time.Duration.ofDays(30).toMillis()));
		assertThat(TestTopics.settings(infrastructure(), "article-service.view-totals.dlt"))
			.containsEntry("retention.ms", "-1");
	}

	@Test
	void reportsHealthAndWhatWaitsInTheOutboxForOperators() {
		JsonNode health = http.get("/actuator/health").json();

		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/outbox/details/deadLetters").asLong()).isZero();
		assertThat(health.at("/components/outbox/details/articles/waiting").isNumber()).isTrue();
		assertThat(health.at("/components/outbox/details/articles/relayedHere").asBoolean())
			.as("the only instance relays")
			.isTrue();
	}

	private String createDraft(String title, String section) {
		Response created = http.post("/api/admin/articles", """
				{"title":"%s","lead":"Sapo","body":"Thân bài","section":"%s","tags":[]}""".formatted(title, section),
				EDITOR);
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private void sendTotal(String articleId, long total) {
		var event = new ViewCountChanged(java.util.UUID.randomUUID().toString(), java.time.Instant.now(), articleId,
				total);
		TestTopics.send(infrastructure(),
				TestTopics.cloudEvent(Topics.VIEW_COUNTS, articleId, ViewCountChanged.TYPE.name(), """
						{"eventId":"%s","occurredAt":"%s","articleId":"%s","total":%d,"addedLater":true}"""
					.formatted(event.eventId(), event.occurredAt(), articleId, total)));
	}

}
