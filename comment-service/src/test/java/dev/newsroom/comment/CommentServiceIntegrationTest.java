package dev.newsroom.comment;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;
import dev.newsroom.contracts.comment.CommentApproved;
import dev.newsroom.contracts.comment.CommentModerated;
import dev.newsroom.contracts.comment.CommentWithdrawn;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestChallenges;
import dev.newsroom.testsupport.TestHttp;
import dev.newsroom.testsupport.TestHttp.Response;
import dev.newsroom.testsupport.TestTokens;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.altcha.altcha.Altcha;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Comments over HTTP and Kafka: sent by readers, moderated by editors, announced once
 * approved. Subclasses choose the infrastructure. Each test sends from an address of its
 * own, as the gateway would forward it, so that the limits of one do not touch another.
 */
// little work per challenge, so that a hundred are solved in a moment
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "newsroom.comments.challenge.max-number=2000", "newsroom.comments.limits.per-article=8" })
@DirtiesContext
abstract class CommentServiceIntegrationTest {

	static final String EDITOR = TestTokens.bearer("lan", "EDITOR");

	static final String ADMIN = TestTokens.bearer("hoa", "EDITOR", "ADMIN");

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@LocalServerPort
	int port;

	TestHttp http;

	/** The reader of a test: one client address. */
	TestHttp reader;

	abstract Infrastructure infrastructure();

	/** What this service reads of others', declared as their owners would. */
	static void topicsOfOtherServices(Infrastructure infrastructure) {
		TestTopics.create(infrastructure, new NewTopic(Topics.ARTICLES, 3, (short) 1)
			.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
	}

	@BeforeEach
	void connect() {
		http = new TestHttp("http://localhost:" + port);
		reader = http.withHeader("X-Forwarded-For", "198.51.100." + ADDRESSES.incrementAndGet());
	}

	@Test
	void aReadersCommentWaitsForAnEditorAndIsPublicOnceApproved() {
		String article = aPublishedArticle();

		Response sent = reader.post("/api/comments",
				form(article, "Nguyễn Văn An", "an@example.vn", "Bài viết rất hay.\nCảm ơn tác giả!", challenge()),
				null);

		assertThat(sent.status()).as(sent.text()).isEqualTo(202);
		assertThat(sent.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(sent.json().get("message").asString()).contains("chờ duyệt");
		String id = sent.json().get("id").asString();
		assertThat(approved(article)).as("not before an editor approves it").isEmpty();
		JsonNode queued = http.get("/api/admin/comments?articleId=" + article, EDITOR).json().get("comments");
		assertThat(queued).hasSize(1);
		assertThat(queued.get(0).get("email").asString()).isEqualTo("an@example.vn");
		assertThat(queued.get(0).get("content").asString()).isEqualTo("Bài viết rất hay.\nCảm ơn tác giả!");
		assertThat(http.get("/api/admin/comments", null).status()).isEqualTo(401);

		Response approval = http.post("/api/admin/comments/" + id + "/approve", "", EDITOR);

		assertThat(approval.status()).as(approval.text()).isEqualTo(200);
		assertThat(approval.json().get("decidedBy").asString()).isEqualTo("lan");
		List<JsonNode> shown = approved(article);
		assertThat(shown).hasSize(1);
		assertThat(shown.get(0).get("name").asString()).isEqualTo("Nguyễn Văn An");
		assertThat(shown.get(0).has("email")).as("the e-mail is the editors' alone").isFalse();
		ConsumerRecord<String, String> snapshot = TestTopics.awaitRecord(infrastructure(), Topics.COMMENTS,
				record -> id.equals(record.key()), Duration.ofSeconds(20));
		assertThat(TestTopics.header(snapshot, "ce_type")).isEqualTo(CommentApproved.TYPE.name());
		assertThat(snapshot.value()).contains("\"articleId\":\"" + article + "\"")
			.contains("Cảm ơn tác giả")
			.doesNotContain("an@example.vn");
		ConsumerRecord<String, String> decision = TestTopics.awaitRecord(infrastructure(), Topics.COMMENT_DECISIONS,
				record -> id.equals(record.key()), Duration.ofSeconds(20));
		assertThat(TestTopics.header(decision, "ce_type")).isEqualTo(CommentModerated.TYPE.name());
		assertThat(decision.value()).contains("\"decision\":\"APPROVED\"").contains("\"moderator\":\"lan\"");
		Response again = http.post("/api/admin/comments/" + id + "/approve", "", EDITOR);
		assertThat(again.status()).as("approved already").isEqualTo(409);
		assertThat(again.json().get("status").asInt()).isEqualTo(409);
		assertThat(again.json().get("commentStatus").asString()).isEqualTo("APPROVED");
	}

	@Test
	void anEditorWhoSawAnOlderVersionCannotUndoAnothersDecision() {
		String article = aPublishedArticle();
		String id = send(article, "Đỗ Quang", "Góp ý về bài viết");
		Response seen = http.get("/api/admin/comments/" + id, EDITOR);
		assertThat(seen.header("ETag")).isEqualTo("\"0\"");
		assertThat(seen.json().get("version").asLong()).isZero();

		Response first = http.withHeader("If-Match", "\"0\"")
			.post("/api/admin/comments/" + id + "/approve", "", EDITOR);
		Response second = http.withHeader("If-Match", "\"0\"")
			.post("/api/admin/comments/" + id + "/reject", "", EDITOR);

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("ETag")).isEqualTo("\"1\"");
		assertThat(second.status()).isEqualTo(412);
		assertThat(second.contentType()).startsWith("application/problem+json");
		assertThat(second.json().get("version").asLong()).isEqualTo(1);
		assertThat(http.get("/api/admin/comments/" + id, EDITOR).json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved(article)).hasSize(1);
		assertThat(http.withHeader("If-Match", "\"no-such\"")
			.put("/api/admin/comments/" + id, "{\"content\":\"Sửa\"}", EDITOR)
			.status()).isEqualTo(412);
		Response decided = http.withHeader("If-Match", first.header("ETag"))
			.post("/api/admin/comments/" + id + "/reject", "", EDITOR);
		assertThat(decided.status()).as("once they have seen the approval").isEqualTo(200);
		assertThat(decided.header("ETag")).isEqualTo("\"2\"");
	}

	@Test
	void aCommentRejectedAfterApprovalIsWithdrawnAndItsKeyEnds() {
		String article = aPublishedArticle();
		String id = send(article, "Trần Bình", "Ý kiến thứ nhất");
		http.post("/api/admin/comments/" + id + "/approve", "", EDITOR);

		Response rejected = http.post("/api/admin/comments/" + id + "/reject", "", EDITOR);

		assertThat(rejected.status()).isEqualTo(200);
		assertThat(approved(article)).isEmpty();
		TestTopics.awaitRecord(infrastructure(), Topics.COMMENTS,
				record -> id.equals(record.key()) && record.value() != null
						&& CommentWithdrawn.TYPE.name().equals(TestTopics.header(record, "ce_type")),
				Duration.ofSeconds(20));
		TestTopics.awaitRecord(infrastructure(), Topics.COMMENTS,
				record -> id.equals(record.key()) && record.value() == null, Duration.ofSeconds(20));
		assertThat(http.get("/api/admin/comments?status=REJECTED&articleId=" + article, EDITOR).json().get("comments"))
			.hasSize(1);
		assertThat(http.post("/api/admin/comments/" + id + "/spam", "", EDITOR).json().get("status").asString())
			.isEqualTo("SPAM");
		assertThat(http.post("/api/admin/comments/" + id + "/approve", "", EDITOR).status())
			.as("an editor may change their mind")
			.isEqualTo(200);
		assertThat(approved(article)).hasSize(1);
	}

	@Test
	void anAdministratorDeletesACommentAndAnApprovedOneLeavesTheSite() {
		String article = aPublishedArticle();
		String id = send(article, "Đỗ Giang", "Sẽ bị xoá");
		http.post("/api/admin/comments/" + id + "/approve", "", EDITOR);
		assertThat(http.delete("/api/admin/comments/" + id, EDITOR).status()).isEqualTo(403);

		assertThat(http.delete("/api/admin/comments/" + id, ADMIN).status()).isEqualTo(204);

		assertThat(approved(article)).isEmpty();
		assertThat(http.get("/api/admin/comments/" + id, EDITOR).status()).isEqualTo(404);
		TestTopics.awaitRecord(infrastructure(), Topics.COMMENTS,
				record -> id.equals(record.key()) && record.value() == null, Duration.ofSeconds(20));
	}

	@Test
	void anArticleDeletedForGoodTakesItsCommentsWithIt() {
		String article = aPublishedArticle();
		String approvedOne = send(article, "Vũ Hà", "Đã duyệt");
		String pendingOne = send(article, "Vũ Hà", "Chờ duyệt");
		http.post("/api/admin/comments/" + approvedOne + "/approve", "", EDITOR);

		sendArticleEvent(article, ArticleDeleted.TYPE.name(), """
				{"eventId":"%s","occurredAt":"2026-11-21T00:00:00Z","articleId":"%s","revision":3}"""
			.formatted(UUID.randomUUID(), article));

		TestTopics.awaitRecord(infrastructure(), Topics.COMMENTS,
				record -> approvedOne.equals(record.key()) && record.value() == null, Duration.ofSeconds(20));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> http.get("/api/admin/comments/" + pendingOne, EDITOR).status() == 404);
		assertThat(http.get("/api/comments?articleId=" + article).status()).isEqualTo(404);
	}

	@Test
	void anArticleTakesALimitedNumberOfCommentsFromAllAddressesTogether() {
		String article = aPublishedArticle();
		List<Integer> statuses = new ArrayList<>();

		for (int i = 0; i < 9; i++) {
			statuses.add(http.withHeader("X-Forwarded-For", "192.0.2." + ADDRESSES.incrementAndGet())
				.post("/api/comments", form(article, "Bạn " + i, null, "Ý kiến " + i, challenge()), null)
				.status());
		}

		assertThat(statuses).containsExactly(202, 202, 202, 202, 202, 202, 202, 202, 429);
	}

	@Test
	void badParametersAreRefusedNamingThem() {
		assertThat(fieldAtFault(http.get("/api/comments?articleId="))).isEqualTo("articleId");
		assertThat(fieldAtFault(http.get("/api/comments?articleId=" + "a".repeat(65)))).isEqualTo("articleId");
		assertThat(fieldAtFault(http.get("/api/admin/comments?limit=0", EDITOR))).isEqualTo("limit");
		assertThat(fieldAtFault(http.get("/api/admin/comments?limit=500", EDITOR))).isEqualTo("limit");
		assertThat(fieldAtFault(http.delete("/api/admin/comments/by-email/" + "a".repeat(300) + "@example.vn", ADMIN)))
			.isEqualTo("email");
		assertThat(http.get("/api/comments").status()).isEqualTo(400);
	}

	@Test
	void anEditorCorrectsTheTextBeforeApprovalAndTheReadersTextIsKept() {
		String article = aPublishedArticle();
		String id = send(article, "Lê Chi", "Bài viêt hay");

		Response edited = http.put("/api/admin/comments/" + id, "{\"content\":\"Bài viết hay\"}", EDITOR);

		assertThat(edited.status()).as(edited.text()).isEqualTo(200);
		assertThat(edited.json().get("content").asString()).isEqualTo("Bài viết hay");
		assertThat(edited.json().at("/revisions/0/content").asString()).isEqualTo("Bài viêt hay");
		assertThat(edited.json().at("/revisions/0/editedBy").asString()).isEqualTo("lan");
		http.post("/api/admin/comments/" + id + "/approve", "", EDITOR);
		assertThat(approved(article).get(0).get("content").asString()).isEqualTo("Bài viết hay");
		assertThat(http.put("/api/admin/comments/" + id, "{\"content\":\"Khác\"}", EDITOR).status())
			.as("not once it is public")
			.isEqualTo(409);
	}

	@Test
	void everyBadSubmissionIsRefusedWithTheFieldAtFaultAndNothingIsStored() {
		String article = aPublishedArticle();
		String solved = challenge();
		assertThat(reader.post("/api/comments", form(article, "An", null, "Lần đầu", solved), null).status())
			.isEqualTo(202);

		assertThat(fieldAtFault(reader.post("/api/comments", form(article, "An", null, "Lần hai", solved), null)))
			.as("a replayed challenge")
			.isEqualTo("challenge");
		JsonNode fresh = http.get("/api/comments/challenge").json();
		String solution = TestChallenges.solve(fresh);
		String wrongNumber = TestChallenges.encode("SHA-256", fresh.get("challenge").asString(), 1_000_000,
				fresh.get("salt").asString(), fresh.get("signature").asString());
		assertThat(fieldAtFault(reader.post("/api/comments", form(article, "An", null, "Sai số", wrongNumber), null)))
			.as("a wrong number")
			.isEqualTo("challenge");
		assertThat(fieldAtFault(reader.post("/api/comments", form(article, "An", null, "Giả", forged()), null)))
			.as("a challenge signed with another key")
			.isEqualTo("challenge");
		assertThat(fieldAtFault(reader.post("/api/comments", form(article, "An", null, "Rác", "bm90IGpzb24="), null)))
			.isEqualTo("challenge");
		assertThat(fieldAtFault(reader.post("/api/comments", form(article, "An", null, "Hết hạn", expired()), null)))
			.as("an expired challenge")
			.isEqualTo("challenge");
		String loose = Base64.getEncoder()
			.encodeToString(
					new String(Base64.getDecoder().decode(challenge()), StandardCharsets.UTF_8).replace('"', '\'')
						.getBytes(StandardCharsets.UTF_8));
		assertThat(fieldAtFault(reader.post("/api/comments", form(article, "An", null, "Lỏng", loose), null)))
			.as("a solution in JSON that only a lenient reader takes")
			.isEqualTo("challenge");
		assertThat(fieldAtFault(reader.post("/api/comments", """
				{"articleId":"%s","name":"An","content":"Không có mã"}""".formatted(article), null))).as("no challenge")
			.isEqualTo("challenge");
		assertThat(fieldAtFault(
				reader.post("/api/comments", form(article, "<script>alert(1)</script>", null, "Chào", solution), null)))
			.isEqualTo("name");
		assertThat(fieldAtFault(reader.post("/api/comments",
				form(article, "An", null, "Xem <img src=x onerror=alert(1)>", solution), null)))
			.isEqualTo("content");
		assertThat(fieldAtFault(
				reader.post("/api/comments", form(article, "An", "không-phải-email", "Chào", solution), null)))
			.isEqualTo("email");
		assertThat(fieldAtFault(reader.post("/api/comments", form(article, "An", null, "  \n ", solution), null)))
			.isEqualTo("content");
		assertThat(
				fieldAtFault(reader.post("/api/comments", form(article, "\u00a0\u200b", null, "Chào", solution), null)))
			.as("a name of invisible characters")
			.isEqualTo("name");
		assertThat(fieldAtFault(
				reader.post("/api/comments", form(UUID.randomUUID().toString(), "An", null, "Nháp", solution), null)))
			.as("an article that is not published")
			.isEqualTo("articleId");
		Response huge = reader.post("/api/comments", form(article, "An", null, "x".repeat(1_000_000), solution), null);
		assertThat(huge.status()).isEqualTo(413);
		assertThat(huge.contentType()).startsWith("application/problem+json");

		assertThat(reader.post("/api/comments", form(article, "An", null, "Lần cuối", solution), null).status())
			.as("the challenge refused with the bad ones was not used up")
			.isEqualTo(202);
		JsonNode queued = http.get("/api/admin/comments?articleId=" + article, EDITOR).json().get("comments");
		assertThat(queued).extracting(comment -> comment.get("content").asString())
			.containsExactly("Lần đầu", "Lần cuối");
	}

	@Test
	void aBurstFromOneAddressIsCutAtItsLimitWithRetryAfter() {
		String article = aPublishedArticle();
		List<Integer> statuses = new ArrayList<>();
		String retryAfter = null;

		for (int i = 0; i < 100; i++) {
			Response response = reader.post("/api/comments", form(article, "Máy", null, "Số " + i, challenge()), null);
			statuses.add(response.status());
			if (response.status() == 429) {
				retryAfter = response.header("Retry-After");
			}
		}

		assertThat(statuses.subList(0, 5)).containsOnly(202);
		assertThat(statuses.subList(5, 100)).containsOnly(429);
		assertThat(Long.parseLong(retryAfter)).isBetween(1L, 600L);
		assertThat(http.get("/api/admin/comments?limit=200&articleId=" + article, EDITOR).json().get("comments"))
			.hasSize(5);
		Response other = http.withHeader("X-Forwarded-For", "203.0.113.250")
			.post("/api/comments", form(article, "Người khác", null, "Ý kiến", challenge()), null);
		assertThat(other.status()).as("another address is not held back").isEqualTo(202);
	}

	@Test
	void aCommentWithManyLinksOrABlockedWordWaitsMarkedAsLikelySpam() {
		String article = aPublishedArticle();
		assertThat(http.put("/api/admin/comments/blocklist", "{\"words\":[\"cờ bạc\"]}", EDITOR).status())
			.isEqualTo(200);

		String links = send(article, "Khách", "Xem http://a.example http://b.example www.c.example");
		String word = send(article, "Khách", "Chơi CO BAC trực tuyến");
		String clean = send(article, "Bạn đọc", "Ý kiến bình thường");

		assertThat(moderated(links).get("likelySpam").asBoolean()).isTrue();
		assertThat(moderated(links).get("spamSignals").get(0).asString()).isEqualTo("3 links");
		assertThat(moderated(word).get("spamSignals").get(0).asString()).isEqualTo("blocked word: co bac");
		assertThat(moderated(word).get("status").asString()).as("never dropped").isEqualTo("PENDING");
		assertThat(moderated(clean).get("likelySpam").asBoolean()).isFalse();
	}

	@Test
	void aReaderIsForgottenOnRequestAndTheirApprovedCommentsGo() {
		String article = aPublishedArticle();
		String first = send(article, "Phạm Dung", "dung@example.vn", "Thứ nhất");
		send(article, "Phạm Dung", "DUNG@example.vn", "Thứ hai");
		String other = send(article, "Người khác", "Của người khác");
		http.post("/api/admin/comments/" + first + "/approve", "", EDITOR);
		assertThat(http.delete("/api/admin/comments/by-email/dung@example.vn", EDITOR).status()).isEqualTo(403);

		Response erased = http.delete("/api/admin/comments/by-email/dung@example.vn", ADMIN);

		assertThat(erased.json().get("erased").asInt()).isEqualTo(2);
		assertThat(approved(article)).isEmpty();
		assertThat(http.get("/api/admin/comments/" + first, EDITOR).status()).isEqualTo(404);
		assertThat(http.get("/api/admin/comments?articleId=" + article, EDITOR).json().get("comments"))
			.extracting(comment -> comment.get("id").asString())
			.containsExactly(other);
		TestTopics.awaitRecord(infrastructure(), Topics.COMMENTS,
				record -> first.equals(record.key()) && record.value() == null, Duration.ofSeconds(20));
	}

	@Test
	void anArticleTakenOffTheSiteTakesItsCommentsAndTakesNoMore() {
		String article = aPublishedArticle();
		String id = send(article, "Hoàng Em", "Ý kiến");
		http.post("/api/admin/comments/" + id + "/approve", "", EDITOR);

		sendArticleEvent(article, ArticleUnpublished.TYPE.name(), """
				{"eventId":"%s","occurredAt":"2026-11-21T00:00:00Z","articleId":"%s","revision":3,"slug":"bai-%s"}"""
			.formatted(UUID.randomUUID(), article, article));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> http.get("/api/comments?articleId=" + article).status() == 404);
		assertThat(fieldAtFault(reader.post("/api/comments", form(article, "An", null, "Muộn", challenge()), null)))
			.isEqualTo("articleId");
	}

	@Test
	void theQueueIsReadOldestFirstAPageAtATime() {
		String article = aPublishedArticle();
		List<String> sent = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			sent.add(http.withHeader("X-Forwarded-For", "192.0.2." + (10 + i + ADDRESSES.get()))
				.post("/api/comments", form(article, "Bạn " + i, null, "Ý kiến " + i, challenge()), null)
				.json()
				.get("id")
				.asString());
		}

		JsonNode first = http.get("/api/admin/comments?limit=2&articleId=" + article, EDITOR).json();
		JsonNode second = http
			.get("/api/admin/comments?limit=2&articleId=" + article + "&cursor=" + first.get("next").asString(), EDITOR)
			.json();

		List<String> read = new ArrayList<>();
		first.get("comments").forEach(comment -> read.add(comment.get("id").asString()));
		second.get("comments").forEach(comment -> read.add(comment.get("id").asString()));
		assertThat(read).containsExactlyElementsOf(sent);
		assertThat(second.get("next").isNull()).isTrue();
		assertThat(fieldAtFault(http.get("/api/admin/comments?cursor=bm9wZQ", EDITOR))).isEqualTo("cursor");
		Response unknownStatus = http.get("/api/admin/comments?status=HIDDEN", EDITOR);
		assertThat(unknownStatus.status()).isEqualTo(400);
		assertThat(unknownStatus.contentType()).startsWith("application/problem+json");
	}

	private String send(String article, String name, String content) {
		return send(article, name, null, content);
	}

	private String send(String article, String name, String email, String content) {
		Response sent = reader.post("/api/comments", form(article, name, email, content, challenge()), null);
		assertThat(sent.status()).as(sent.text()).isEqualTo(202);
		return sent.json().get("id").asString();
	}

	/** A challenge solved right, but signed by someone without the service's key. */
	private static String forged() {
		return solved(
				new Altcha.ChallengeOptions().setHmacKey("not-the-key").setMaxNumber(100L).setExpiresInSeconds(600));
	}

	/**
	 * Signed with the service's key (its development default), but expired a minute ago.
	 */
	private static String expired() {
		return solved(new Altcha.ChallengeOptions().setHmacKey("local-development-only")
			.setMaxNumber(100L)
			.setExpiresInSeconds(-60));
	}

	private static String solved(Altcha.ChallengeOptions options) {
		try {
			return TestChallenges.solve(JsonMapper.shared().valueToTree(Altcha.createChallenge(options)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String challenge() {
		Response challenge = http.get("/api/comments/challenge");
		assertThat(challenge.header("Cache-Control")).contains("no-store");
		return TestChallenges.solve(challenge.json());
	}

	private static String form(String article, String name, String email, String content, String challenge) {
		return """
				{"articleId":"%s","name":"%s",%s"content":"%s","challenge":"%s"}""".formatted(article, name,
				email == null ? "" : "\"email\":\"" + email + "\",", content.replace("\n", "\\n"), challenge);
	}

	private JsonNode moderated(String id) {
		return http.get("/api/admin/comments/" + id, EDITOR).json();
	}

	private List<JsonNode> approved(String article) {
		Response page = http.get("/api/comments?articleId=" + article);
		assertThat(page.status()).as(page.text()).isEqualTo(200);
		List<JsonNode> comments = new ArrayList<>();
		page.json().get("comments").forEach(comments::add);
		return comments;
	}

	private static String fieldAtFault(Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		return response.json().at("/errors/0/field").asString();
	}

	private String aPublishedArticle() {
		String id = UUID.randomUUID().toString();
		sendArticleEvent(id, ArticlePublished.TYPE.name(), """
				{"eventId":"%s","occurredAt":"2026-11-20T00:00:00Z","articleId":"%s","revision":2,
				 "slug":"bai-%s","title":"Bài viết","lead":"","section":"Thời sự","tags":[],
				 "publishedAt":"2026-11-20T00:00:00Z","aFieldFromTheFuture":1}""".formatted(UUID.randomUUID(), id, id));
		await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/comments?articleId=" + id).status() == 200);
		return id;
	}

	private void sendArticleEvent(String id, String type, String json) {
		TestTopics.send(infrastructure(), TestTopics.cloudEvent(Topics.ARTICLES, id, type, json));
	}

}
