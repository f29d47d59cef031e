package dev.newsroom.article.editorial;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.newsroom.article.ServiceOverHttp;
import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestHttp.Response;
import dev.newsroom.testsupport.TestTokens;
import dev.newsroom.testsupport.TestTopics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

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

	@Test
	void anEditorWritesEveryPartOfTheModelPageAndIsToldWhatTheBodyLost() {
		Response created = http.post("/api/admin/articles", FULL_ARTICLE, EDITOR);

		assertThat(created.status()).isEqualTo(201);
		JsonNode article = created.json();
		assertThat(article.get("body").asString()).isEqualTo("<h2>Truyền thống vẻ vang</h2><p>Đoạn một.</p>"
				+ "<figure><img src=\"/media/m-1/w1024\" alt=\"Trao giấy khen\"><figcaption>Trao giấy khen. "
				+ "Ảnh: Đăng Vũ</figcaption></figure>");
		assertThat(article.get("removed").findValuesAsString("removed")).isEmpty();
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
		String id = http.post("/api/admin/articles", FULL_ARTICLE.replace("Kỷ niệm 90 năm", "Sửa bài đã đăng"), EDITOR)
			.json()
			.get("id")
			.asString();
		String slug = http.post("/api/admin/articles/" + id + "/publish", null, PUBLISHER)
			.json()
			.get("slug")
			.asString();

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
		assertThat(read.get("gallery").valueStream().map(JsonNode::asString)).containsExactly("m-2", "m-3");
		var snapshot = TestTopics.awaitRecord(Infrastructure.embedded(), Topics.ARTICLES,
				record -> id.equals(record.key()) && record.value() != null && record.value().contains("Đoạn đã sửa."),
				Duration.ofSeconds(20));
		assertThat(TestTopics.header(snapshot, "ce_type")).isEqualTo(ArticlePublished.TYPE.name());
		assertThat(snapshot.value()).contains("\"revision\":3", "NGUYỄN XUÂN PHƯỚC", "\"gallery\":[\"m-2\",\"m-3\"]");
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
