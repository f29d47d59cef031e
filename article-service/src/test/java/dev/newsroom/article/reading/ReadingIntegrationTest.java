package dev.newsroom.article.reading;

import java.util.ArrayList;
import java.util.List;

import dev.newsroom.article.ServiceOverHttp;
import dev.newsroom.testsupport.TestHttp.Response;
import dev.newsroom.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists and related news as visitors page through them. */
class ReadingIntegrationTest extends ServiceOverHttp {

	static final String PUBLISHER = TestTokens.bearer("minh", "EDITOR", "PUBLISHER");

	@Test
	void pagesFollowEachOtherWithoutGapOrRepeatWhileNewsArrives() {
		String section = "Trang " + System.nanoTime();
		List<String> published = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			published.add(0, publish("Tin số " + i, section, List.of()));
		}
		String query = "/api/articles?size=3&section=" + encode(section);

		JsonNode first = http.get(query).json();
		publish("Tin mới giữa chừng", section, List.of());
		JsonNode second = http.get(query + "&cursor=" + first.get("nextCursor").asString()).json();
		JsonNode third = http.get(query + "&cursor=" + second.get("nextCursor").asString()).json();

		List<String> seen = new ArrayList<>();
		for (JsonNode page : List.of(first, second, third)) {
			seen.addAll(page.get("items").findValuesAsString("id"));
		}
		assertThat(seen).containsExactlyElementsOf(published);
		assertThat(third.get("nextCursor").isNull()).isTrue();
		assertThat(first.get("items").get(0).has("body")).as("summaries, not bodies").isFalse();
	}

	@Test
	void aTagListsItsArticlesWhateverTheMarks() {
		String tag = "Điện Biên " + System.nanoTime();
		String tagged = publish("Lễ hội hoa ban", "Du lịch", List.of(tag));
		publish("Không gắn thẻ", "Du lịch", List.of());

		JsonNode items = http.get("/api/articles?tag=" + encode(tag.replace("Điện Biên", "dien bien")))
			.json()
			.get("items");

		assertThat(items.findValuesAsString("id")).containsExactly(tagged);
	}

	@Test
	void aReaderWithTheCurrentTagGets304WithoutTheBody() {
		String id = publish("Bài có thẻ ETag", "Thời sự", List.of());
		String slug = http.get("/api/admin/articles/" + id, PUBLISHER).json().get("slug").asString();
		Response first = http.get("/api/articles/" + slug);
		String etag = first.header("ETag");

		Response again = http.withHeader("If-None-Match", etag).get("/api/articles/" + slug);

		assertThat(etag).startsWith("\"");
		assertThat(first.header("Cache-Control")).contains("public", "max-age=1");
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.bytes()).isEmpty();
		assertThat(http.withHeader("If-None-Match", "\"other\"").get("/api/articles/" + slug).status()).isEqualTo(200);
	}

	@Test
	void aCursorThatIsNotOneIsABadRequestNamingIt() {
		Response response = http.get("/api/articles?cursor=bm90LWEtY3Vyc29y");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("cursor");
	}

	@Test
	void relatedNewsIsTheEditorsChoiceThenSharedTagsThenTheSectionNeverItselfNorADraft() {
		String section = "Chuyên mục " + System.nanoTime();
		String tag = "thẻ " + System.nanoTime();
		String sameSection = publish("Cùng chuyên mục", section, List.of());
		String sharedTag = publish("Cùng thẻ", "Nơi khác", List.of(tag));
		String chosen = publish("Bài được chọn", "Nơi khác nữa", List.of());
		String draft = draft("Bản nháp được chọn", section, List.of(tag), List.of());
		String article = draft("Bài chính", section, List.of(tag), List.of(draft, chosen));
		String slug = http.post("/api/admin/articles/" + article + "/publish", null, PUBLISHER)
			.json()
			.get("slug")
			.asString();

		JsonNode related = http.get("/api/articles/" + slug + "/related?limit=3").json().get("items");

		assertThat(related.findValuesAsString("id")).containsExactly(chosen, sharedTag, sameSection);
		assertThat(http.get("/api/articles/" + slug + "/related?limit=1").json().get("items").findValuesAsString("id"))
			.containsExactly(chosen);
		assertThat(http.get("/api/articles/khong-co/related").status()).isEqualTo(404);
	}

	private String publish(String title, String section, List<String> tags) {
		String id = draft(title, section, tags, List.of());
		assertThat(http.post("/api/admin/articles/" + id + "/publish", null, PUBLISHER).status()).isEqualTo(200);
		return id;
	}

	private String draft(String title, String section, List<String> tags, List<String> related) {
		Response created = http.post("/api/admin/articles", """
				{"title":"%s","body":"<p>…</p>","section":"%s","tags":%s,"related":%s}""".formatted(title, section,
				json(tags), json(related)), PUBLISHER);
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static String json(List<String> values) {
		return values.stream().map(value -> "\"" + value + "\"").toList().toString();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
