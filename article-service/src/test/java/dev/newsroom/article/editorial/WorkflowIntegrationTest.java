package dev.newsroom.article.editorial;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import dev.newsroom.article.ServiceOverHttp;
import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleWorkflowChanged;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestHttp.Response;
import dev.newsroom.testsupport.TestTokens;
import dev.newsroom.testsupport.TestTopics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The editorial workflow through the admin API, with the schedule running for real. */
class WorkflowIntegrationTest extends ServiceOverHttp {

	static final String EDITOR = TestTokens.bearer("lan", "EDITOR");

	static final String PUBLISHER = TestTokens.bearer("minh", "EDITOR", "PUBLISHER");

	/** The newsroom's zone, as editors write times. */
	static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	@Test
	void anEditorSubmitsAPublisherPublishesAndEachStepIsAnEvent() {
		String id = draft("Bài chờ duyệt");

		Response submitted = http.post("/api/admin/articles/" + id + "/submit", null, EDITOR);

		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.json().get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(http.post("/api/admin/articles/" + id + "/publish", null, EDITOR).status()).isEqualTo(403);
		assertThat(http.post("/api/admin/articles/" + id + "/publish", null, PUBLISHER).status()).isEqualTo(200);
		var submittedEvent = TestTopics.awaitRecord(Infrastructure.embedded(), Topics.ARTICLES,
				record -> id.equals(record.key())
						&& ArticleWorkflowChanged.TYPE.name().equals(TestTopics.header(record, "ce_type")),
				Duration.ofSeconds(20));
		assertThat(submittedEvent.value()).contains("\"status\":\"IN_REVIEW\"");
		TestTopics.awaitRecord(Infrastructure.embedded(), Topics.ARTICLES,
				record -> id.equals(record.key())
						&& ArticlePublished.TYPE.name().equals(TestTopics.header(record, "ce_type")),
				Duration.ofSeconds(20));
	}

	@Test
	void anIllegalStepIsAConflictNamingTheCurrentState() {
		String id = draft("Bài đã đăng");
		http.post("/api/admin/articles/" + id + "/publish", null, PUBLISHER);

		Response refused = http.post("/api/admin/articles/" + id + "/submit", null, EDITOR);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("currentState").asString()).isEqualTo("PUBLISHED");
		assertThat(http.post("/api/admin/articles/" + id + "/archive", null, PUBLISHER)
			.json()
			.get("currentState")
			.asString()).isEqualTo("PUBLISHED");
	}

	@Test
	void aScheduledArticleGoesLiveOnTimeOnce() {
		String id = draft("Bài hẹn giờ " + System.nanoTime());
		OffsetDateTime at = OffsetDateTime.now(VIETNAM).plusSeconds(3);

		JsonNode scheduled = http.post("/api/admin/articles/" + id + "/schedule", """
				{"publishAt":"%s"}""".formatted(at), PUBLISHER).json();

		assertThat(scheduled.get("status").asString()).isEqualTo("SCHEDULED");
		String slug = scheduled.get("slug").asString();
		assertThat(http.get("/api/articles/" + slug).status()).as("not before its time").isEqualTo(404);
		await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/articles/" + slug).status() == 200);
		OffsetDateTime live = OffsetDateTime.now(VIETNAM);
		assertThat(Duration.between(at, live)).as("within 5 s of its time").isLessThan(Duration.ofSeconds(5));
		JsonNode published = http.get("/api/admin/articles/" + id, EDITOR).json();
		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(published.get("publishAt").isNull()).isTrue();
	}

	@Test
	void aScheduleCanBeMovedAndCancelledAndATimePastPublishesAtOnce() {
		String moved = draft("Bài dời giờ");
		http.post("/api/admin/articles/" + moved + "/schedule", """
				{"publishAt":"2099-01-01T08:00:00+07:00"}""", PUBLISHER);
		JsonNode rescheduled = http.post("/api/admin/articles/" + moved + "/schedule", """
				{"publishAt":"2099-02-01T08:00:00+07:00"}""", PUBLISHER).json();
		assertThat(rescheduled.get("publishAt").asString()).isEqualTo("2099-02-01T01:00:00Z");
		JsonNode cancelled = http.post("/api/admin/articles/" + moved + "/unschedule", null, PUBLISHER).json();
		assertThat(cancelled.get("status").asString()).isEqualTo("IN_REVIEW");

		String late = draft("Bài giờ đã qua");
		JsonNode published = http.post("/api/admin/articles/" + late + "/schedule", """
				{"publishAt":"2020-10-16T08:00:00+07:00"}""", PUBLISHER).json();
		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
	}

	@Test
	void aPublishedArticleMovedToAnotherSlugRedirectsFromItsOldOne() {
		String id = draft("Bài đổi địa chỉ " + System.nanoTime());
		String old = http.post("/api/admin/articles/" + id + "/publish", null, PUBLISHER).json().get("slug").asString();
		String moved = old + "-moi";

		assertThat(http.post("/api/admin/articles/" + id + "/slug", """
				{"slug":"%s"}""".formatted(moved), EDITOR).status()).isEqualTo(403);
		Response changed = http.post("/api/admin/articles/" + id + "/slug", """
				{"slug":"%s"}""".formatted(moved), PUBLISHER);

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("slug").asString()).isEqualTo(moved);
		Response redirect = http.get("/api/articles/" + old);
		assertThat(redirect.status()).isEqualTo(301);
		assertThat(redirect.header("Location")).isEqualTo("/api/articles/" + moved);
		assertThat(http.get("/api/articles/" + moved).json().get("id").asString()).isEqualTo(id);
		String other = draft("Bài khác");
		assertThat(http.post("/api/admin/articles/" + other + "/slug", """
				{"slug":"%s"}""".formatted(old), PUBLISHER).status()).as("an old link never leads elsewhere")
			.isEqualTo(409);
		assertThat(http.post("/api/admin/articles/" + other + "/slug", """
				{"slug":"Không Hợp Lệ"}""", PUBLISHER).status()).isEqualTo(400);
	}

	@Test
	void aTimeWithoutItsOffsetIsABadRequestNamingIt() {
		String id = draft("Giờ không rõ");

		Response response = http.post("/api/admin/articles/" + id + "/schedule", """
				{"publishAt":"2099-01-01T08:00:00"}""", PUBLISHER);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("publishAt");
	}

	private String draft(String title) {
		Response created = http.post("/api/admin/articles", """
				{"title":"%s","body":"<p>Thân bài</p>","section":"Thời sự"}""".formatted(title), EDITOR);
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asString();
	}

}
