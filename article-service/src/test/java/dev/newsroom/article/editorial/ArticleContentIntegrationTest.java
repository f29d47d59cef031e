package dev.newsroom.article.editorial;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.newsroom.article.ServiceOverHttp;
import dev.newsroom.article.media.MediaCatalog;
import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.media.MediaDescribed;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestHttp.Response;
import dev.newsroom.testsupport.TestTokens;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an article holds, through the admin API: every field of the model page, the body
 * cleaned, slugs that never run out, and input that is refused whole.
 */
class ArticleContentIntegrationTest extends ServiceOverHttp {

	static final String EDITOR = TestTokens.bearer("lan", "EDITOR");

	static final String PUBLISHER = TestTokens.bearer("minh", "EDITOR", "PUBLISHER");

	static final String FULL_ARTICLE = """
			{"title":"Kỷ niệm 90 năm Ngày truyền thống Văn phòng cấp ủy",
			 "lead":"Sáng 16/10, Văn phòng Tỉnh ủy tổ chức lễ kỷ niệm.",
			 "body":"<h2>Truyền thống vẻ vang</h2><p onclick=\\"x()\\">Đoạn một.</p><script>alert(1)</script><figure><img src=\\"/media/m-1/w1024\\" alt=\\"Trao giấy khen\\"><figcaption>Trao giấy khen. Ảnh: Đăng Vũ</figcaption></figure>",
			 "section":"Thời sự","tags":["văn phòng","kỷ niệm"],"byline":"Văn phòng Tỉnh ủy",
			 "signature":{"name":"NGUYỄN XUÂN PHƯỚC","position":"Tỉnh ủy viên, Chánh Văn phòng Tỉnh ủy"},
			 "featuredImage":{"mediaId":"m-1","credit":"Đăng Vũ"},
			 "gallery":["m-2","m-3"],"videos":["v-1"],"related":[],
			 "seoTitle":"90 năm Văn phòng cấp ủy","seoDescription":"Lễ kỷ niệm","source":"Báo tỉnh"}""";

	@Autowired
	ArticleRepository articles;

	@Autowired
	MediaCatalog media;

	/** The items the articles below use, as media.v1 would have told. */
	@BeforeEach
	void mediaKnown() {
		describe("m-1", "image/jpeg", "Trao giấy khen cho các tập thể", "Ảnh tư liệu");
		describe("m-2", "image/jpeg", "Quang cảnh buổi lễ", "Đăng Vũ");
		describe("m-3", "image/png", "Đại biểu dự lễ", "Đăng Vũ");
		describe("v-1", "video/mp4", "Phóng sự", "Đài tỉnh");
	}

	/** As media-service numbers its snapshots: each one higher than the last. */
	private static final java.util.concurrent.atomic.AtomicLong revisions = new java.util.concurrent.atomic.AtomicLong();

	void describe(String id, String contentType, String caption, String credit) {
		media.describe(new MediaDescribed(UUID.randomUUID().toString(), Instant.parse("2026-11-01T00:00:00Z"), id,
				contentType, 1000, null, null, caption, credit, "", List.of(), MediaDescribed.FocalPoint.MIDDLE,
				"/media/" + id, "ready", Map.of("w320", "/media/" + id + "/w320?v=1"),
				contentType.startsWith("image/") ? "image" : "video", null, null, null, null,
				revisions.incrementAndGet()));
	}

	@Test
	void anEditorWritesEveryPartOfTheModelPageAndIsToldWhatTheBodyLost() {
		Response created = http.post("/api/admin/articles", FULL_ARTICLE, EDITOR);

		assertThat(created.status()).isEqualTo(201);
		JsonNode article = created.json();
		assertThat(article.get("body").asString()).isEqualTo("<h2>Truyền thống vẻ vang</h2><p>Đoạn một.</p>"
				+ "<figure><img src=\"/media/m-1/w1024\" alt=\"Trao giấy khen\"><figcaption>Trao giấy khen. "
				+ "Ảnh: Đăng Vũ</figcaption></figure>");
		assertThat(article.get("removed").valueStream().map(JsonNode::asString)).containsExactly("onclick on <p>",
				"<script>");
		assertThat(article.at("/signature/name").asString()).isEqualTo("NGUYỄN XUÂN PHƯỚC");
		assertThat(article.at("/signature/position").asString()).isEqualTo("Tỉnh ủy viên, Chánh Văn phòng Tỉnh ủy");
		assertThat(article.at("/featuredImage/mediaId").asString()).isEqualTo("m-1");
		assertThat(article.at("/featuredImage/credit").asString()).isEqualTo("Đăng Vũ");
		assertThat(article.get("gallery").valueStream().map(JsonNode::asString)).containsExactly("m-2", "m-3");
		assertThat(article.get("videos").valueStream().map(JsonNode::asString)).containsExactly("v-1");
		assertThat(article.get("byline").asString()).isEqualTo("Văn phòng Tỉnh ủy");
		assertThat(article.get("seoTitle").asString()).isEqualTo("90 năm Văn phòng cấp ủy");
		assertThat(article.get("source").asString()).isEqualTo("Báo tỉnh");

		String id = article.get("id").asString();
		assertThat(http.get("/api/admin/articles/" + id, EDITOR).json().get("body").asString()).as("stored cleaned")
			.doesNotContain("script", "onclick");
	}

	@Test
	void editingAPublishedArticleChangesWhatReadersGetAndSendsTheNewSnapshot() {
		String id = draft(FULL_ARTICLE.replace("Kỷ niệm 90 năm", "Sửa bài đã đăng"));
		String slug = publish(id);

		String etag = http.get("/api/admin/articles/" + id, EDITOR).header("ETag");
		Response edited = http.withHeader("If-Match", etag)
			.put("/api/admin/articles/" + id,
					FULL_ARTICLE.replace("Kỷ niệm 90 năm", "Đã sửa: 90 năm").replace("Đoạn một.", "Đoạn đã sửa."),
					EDITOR);

		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.json().get("slug").asString()).as("frozen once published").isEqualTo(slug);
		JsonNode read = http.get("/api/articles/" + slug).json();
		assertThat(read.get("title").asString()).startsWith("Đã sửa: 90 năm");
		assertThat(read.get("body").asString()).contains("Đoạn đã sửa.");
		assertThat(read.at("/signature/name").asString()).isEqualTo("NGUYỄN XUÂN PHƯỚC");
		assertThat(read.get("gallery").findValuesAsString("mediaId")).containsExactly("m-2", "m-3");
		var snapshot = TestTopics.awaitRecord(Infrastructure.embedded(), Topics.ARTICLES,
				record -> id.equals(record.key()) && record.value() != null && record.value().contains("Đoạn đã sửa."),
				Duration.ofSeconds(20));
		assertThat(TestTopics.header(snapshot, "ce_type")).isEqualTo(ArticlePublished.TYPE.name());
		assertThat(snapshot.value()).contains("\"revision\":3", "NGUYỄN XUÂN PHƯỚC", "\"gallery\":[\"m-2\",\"m-3\"]");
	}

	@Test
	void readersGetEachPhotoWithItsCaptionCreditAndRenditionsUnlessTheArticleGivesItsOwnCaption() {
		String id = draft(FULL_ARTICLE.replace("Kỷ niệm 90 năm", "Ảnh có chú thích"));
		String slug = publish(id);

		JsonNode read = http.get("/api/articles/" + slug).json();

		assertThat(read.at("/featuredImage/caption").asString()).isEqualTo("Trao giấy khen cho các tập thể");
		assertThat(read.at("/featuredImage/credit").asString()).as("the article's own").isEqualTo("Đăng Vũ");
		assertThat(read.at("/featuredImage/url").asString()).isEqualTo("/media/m-1");
		assertThat(read.at("/featuredImage/renditions/w320").asString()).isEqualTo("/media/m-1/w320?v=1");
		assertThat(read.at("/gallery/0/caption").asString()).isEqualTo("Quang cảnh buổi lễ");
		assertThat(read.at("/gallery/1/mediaId").asString()).isEqualTo("m-3");
		assertThat(read.at("/videos/0/contentType").asString()).isEqualTo("video/mp4");
		assertThat(read.at("/videos/0/type").asString()).isEqualTo("video");
	}

	@Test
	void aCaptionEditedOnMediaV1ShowsInTheArticleThatUsesThePhoto() {
		TestTopics.create(Infrastructure.embedded(), new NewTopic(Topics.MEDIA, 3, (short) 1));
		String photo = "m-" + UUID.randomUUID();
		describe(photo, "image/jpeg", "Chú thích cũ", "Đăng Vũ");
		String id = http
			.post("/api/admin/articles",
					"""
							{"title":"Bài dùng ảnh %s","body":"…","section":"Thời sự","gallery":["%s"]}"""
						.formatted(photo, photo),
					EDITOR)
			.json()
			.get("id")
			.asString();
		String slug = http.post("/api/admin/articles/" + id + "/publish", null, PUBLISHER)
			.json()
			.get("slug")
			.asString();

		TestTopics.send(Infrastructure.embedded(),
				TestTopics.cloudEvent(Topics.MEDIA, photo, MediaDescribed.TYPE.name(), """
						{"eventId":"%s","occurredAt":"%s","mediaId":"%s","contentType":"image/jpeg","size":1000,
						 "width":1600,"height":1067,"caption":"Chú thích mới","credit":"Đăng Vũ",
						 "alt":"Lãnh đạo tỉnh trao giấy khen","tags":["Tỉnh ủy"],"focalPoint":{"x":0.5,"y":0.4},
						 "url":"/media/%s","revision":%d}""".formatted(UUID.randomUUID(), Instant.now(), photo, photo,
						revisions.incrementAndGet())));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode gallery = http.get("/api/articles/" + slug).json().at("/gallery/0");
			assertThat(gallery.get("caption").asString()).isEqualTo("Chú thích mới");
			assertThat(gallery.get("alt").asString()).isEqualTo("Lãnh đạo tỉnh trao giấy khen");
		});
	}

	@Test
	void theCatalogueKeepsTheHighestRevisionOfAnItemWhateverTheClocksOfItsSnapshotsSay() {
		String id = "m-" + UUID.randomUUID();
		media.describe(snapshot(id, "Chú thích sửa", Instant.parse("2026-11-01T00:00:00Z"), 5));
		// a rendition worker whose clock runs ahead said something earlier
		media.describe(snapshot(id, "Chú thích cũ", Instant.parse("2026-11-01T00:05:00Z"), 4));

		assertThat(media.find(List.of(id)).get(id).caption()).isEqualTo("Chú thích sửa");
	}

	private static MediaDescribed snapshot(String id, String caption, Instant at, long revision) {
		return new MediaDescribed(UUID.randomUUID().toString(), at, id, "image/jpeg", 1000, 800, 600, caption, "", "",
				List.of(), MediaDescribed.FocalPoint.MIDDLE, "/media/" + id, "ready", Map.of(), "image", null, null,
				null, null, revision);
	}

	@Test
	void referencesToMediaOrArticlesThatDoNotExistAreRefusedNamingEach() {
		Response response = http.post("/api/admin/articles", """
				{"title":"Tham chiếu sai","body":"…","section":"Thời sự","featuredImage":{"mediaId":"khong-co"},
				 "gallery":["m-2","khong-co-nua"],"related":["bai-khong-co"]}""", EDITOR);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("featuredImage.mediaId", "gallery[1]", "related[0]");
	}

	@Test
	void theTwentyFirstArticleOfATitleStillGetsASlugAndSoDoesEveryTitleWithoutLetters() {
		String title = "Giá vàng hôm nay " + System.nanoTime();
		String base = Slugs.of(title);
		for (int n = 1; n <= 25; n++) {
			String slug = http.post("/api/admin/articles", """
					{"title":"%s","body":"…","section":"Kinh tế"}""".formatted(title), EDITOR)
				.json()
				.get("slug")
				.asString();
			assertThat(slug).isEqualTo(n == 1 ? base : base + "-" + n);
		}
		String first = http.post("/api/admin/articles", """
				{"title":"…","body":"…","section":"Kinh tế"}""", EDITOR).json().get("slug").asString();
		String second = http.post("/api/admin/articles", """
				{"title":"!!!","body":"…","section":"Kinh tế"}""", EDITOR).json().get("slug").asString();
		assertThat(first).startsWith("bai-viet");
		assertThat(second).startsWith("bai-viet").isNotEqualTo(first);
	}

	@Test
	void anArticleTitledAsARouteDoesNotHideIt() {
		String slug = http.post("/api/admin/articles", """
				{"title":"Search","body":"…","section":"English"}""", EDITOR).json().get("slug").asString();

		assertThat(slug).startsWith("search-");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					a number for text            | {"title":123,"body":"…","section":"Thời sự"}                                  | title
					an object for text           | {"title":{"$gt":""},"body":"…","section":"Thời sự"}                           | title
					a boolean for text           | {"title":"Tin","body":true,"section":"Thời sự"}                                | body
					an unknown field             | {"title":"Tin","body":"…","section":"Thời sự","author":"x"}                    | author
					markup in the title          | {"title":"Tin <b>nóng</b>","body":"…","section":"Thời sự"}                      | title
					a NUL in the lead            | {"title":"Tin","lead":"a\\u0000b","body":"…","section":"Thời sự"}               | lead
					a lone surrogate in the title| {"title":"Tin \\ud800","body":"…","section":"Thời sự"}                          | title
					a control in the body        | {"title":"Tin","body":"<p>\\u0007</p>","section":"Thời sự"}                     | body
					a line break in the title    | {"title":"Tin\\nnóng","body":"…","section":"Thời sự"}                           | title
					markup in a signature        | {"title":"Tin","body":"…","section":"Thời sự","signature":{"name":"<i>X</i>"}} | signature.name
					a gallery id that is a path  | {"title":"Tin","body":"…","section":"Thời sự","gallery":["../x"]}              | gallery[0]
					a featured image without id  | {"title":"Tin","body":"…","section":"Thời sự","featuredImage":{"credit":"X"}}  | featuredImage.mediaId
					""")
	void badInputIsRefusedNamingTheFieldAndNothingIsStored(String what, String json, String field) {
		long before = articles.count();

		Response response = http.post("/api/admin/articles", json, EDITOR);

		assertThat(response.status()).as(what).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").findValuesAsString("field")).as(what).contains(field);
		assertThat(articles.count()).as(what).isEqualTo(before);
	}

	private String draft(String json) {
		Response created = http.post("/api/admin/articles", json, EDITOR);
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String publish(String id) {
		return http.post("/api/admin/articles/" + id + "/publish", null, PUBLISHER).json().get("slug").asString();
	}

	@Test
	void invalidUtf8IsABadRequest() {
		byte[] json = "{\"title\":\"Tin \",\"body\":\"…\",\"section\":\"Thời sự\"}".getBytes(StandardCharsets.UTF_8);
		byte[] broken = new byte[json.length + 2];
		int at = "{\"title\":\"Tin ".length();
		System.arraycopy(json, 0, broken, 0, at);
		broken[at] = (byte) 0xC3; // a lead byte followed by no continuation
		broken[at + 1] = (byte) 0x28;
		System.arraycopy(json, at, broken, at + 2, json.length - at);

		Response response = http.post("/api/admin/articles", "application/json", BodyPublishers.ofByteArray(broken),
				EDITOR);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void editingAnUnknownArticleIsNotFound() {
		assertThat(
				http.withHeader("If-Match", "\"1\"").put("/api/admin/articles/missing", FULL_ARTICLE, EDITOR).status())
			.isEqualTo(404);
	}

	@Test
	void aSaveOverAVersionSomeoneElseChangedIsRefusedAndOverwritesNothing() {
		Response created = http.post("/api/admin/articles", FULL_ARTICLE, EDITOR);
		String id = created.json().get("id").asString();
		String seen = created.header("ETag");
		Response first = http.withHeader("If-Match", seen)
			.put("/api/admin/articles/" + id, FULL_ARTICLE.replace("Sáng 16/10", "Bản của Lan"), EDITOR);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("ETag")).isNotEqualTo(seen);

		Response second = http.withHeader("If-Match", seen)
			.put("/api/admin/articles/" + id, FULL_ARTICLE.replace("Sáng 16/10", "Bản của Minh"), EDITOR);
		Response unconditional = http.put("/api/admin/articles/" + id,
				FULL_ARTICLE.replace("Sáng 16/10", "Bản không điều kiện"), EDITOR);
		Response foreign = http.withHeader("If-Match", "W/\"x\"")
			.put("/api/admin/articles/" + id, FULL_ARTICLE.replace("Sáng 16/10", "Bản lạ"), EDITOR);

		assertThat(second.status()).isEqualTo(412);
		assertThat(second.contentType()).startsWith("application/problem+json");
		assertThat(unconditional.status()).isEqualTo(428);
		assertThat(foreign.status()).isEqualTo(412);
		assertThat(http.get("/api/admin/articles/" + id, EDITOR).json().get("lead").asString())
			.startsWith("Bản của Lan");
	}

	@Test
	void everySaveIsARevisionThatCanBeReadAndRestored() {
		Response created = http.post("/api/admin/articles", FULL_ARTICLE, TestTokens.bearer("lan", "EDITOR"));
		String id = created.json().get("id").asString();
		Response edited = http.withHeader("If-Match", created.header("ETag"))
			.put("/api/admin/articles/" + id,
					FULL_ARTICLE.replace("Sáng 16/10", "Chiều 16/10")
						.replace("\"source\":\"Báo tỉnh\"", "\"source\":\"Đài tỉnh\""),
					TestTokens.bearer("minh", "EDITOR"));
		assertThat(edited.status()).isEqualTo(200);

		JsonNode revisions = http.get("/api/admin/articles/" + id + "/revisions", EDITOR).json();
		assertThat(revisions.findValuesAsString("by")).containsExactly("lan", "minh");
		assertThat(revisions.get(1).get("changed").valueStream().map(JsonNode::asString)).containsExactly("lead",
				"source");
		assertThat(revisions.get(0).get("changed").valueStream().map(JsonNode::asString)).contains("title", "body",
				"signature", "gallery");
		JsonNode first = http.get("/api/admin/articles/" + id + "/revisions/1", EDITOR).json();
		assertThat(first.at("/content/lead").asString()).startsWith("Sáng 16/10");
		assertThat(http.get("/api/admin/articles/" + id + "/revisions/9", EDITOR).status()).isEqualTo(404);

		Response restored = http.post("/api/admin/articles/" + id + "/revisions/1/restore", null, EDITOR);

		assertThat(restored.status()).isEqualTo(200);
		assertThat(restored.json().get("lead").asString()).startsWith("Sáng 16/10");
		assertThat(restored.json().get("source").asString()).isEqualTo("Báo tỉnh");
		assertThat(http.get("/api/admin/articles/" + id + "/revisions", EDITOR).json().findValuesAsString("number"))
			.hasSize(3);
	}

}
