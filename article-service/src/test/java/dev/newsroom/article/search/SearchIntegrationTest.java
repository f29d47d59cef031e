package dev.newsroom.article.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.newsroom.article.ArticleServiceApplication;
import dev.newsroom.article.ServiceOverHttp;
import dev.newsroom.testsupport.TestHttp;
import dev.newsroom.testsupport.TestHttp.Response;
import dev.newsroom.testsupport.TestTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Search as readers use it, over HTTP, and as a newly started instance builds it. */
class SearchIntegrationTest extends ServiceOverHttp {

	private static final String PUBLISHER = TestTokens.bearer("minh", "EDITOR", "PUBLISHER");

	/** A word no other test writes, so that results are this test's own. */
	private final String word = "nr" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");

	@Autowired
	Environment environment;

	@Test
	void readersFindAnArticleWithoutMarksSeeWhereItMatchedAndLoseItTheMomentItIsUnpublished() {
		String id = publish("Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ " + word,
				"<h2>Truyền thống vẻ vang</h2><p>Đoàn đại biểu dâng hương tại Điện Biên Phủ, " + word + ".</p>");

		JsonNode items = awaitResults("chien thang dien bien phu " + word);

		assertThat(items.findValuesAsString("id")).containsExactly(id);
		JsonNode found = items.get(0);
		assertThat(found.get("title").asString()).startsWith("Kỷ niệm 70 năm");
		assertThat(found.get("slug").asString()).startsWith("ky-niem-70-nam-chien-thang-dien-bien-phu");
		assertThat(found.get("snippet").asString()).contains("<mark>Điện</mark> <mark>Biên</mark> <mark>Phủ</mark>")
			.doesNotContain("<h2>");
		assertThat(found.has("body")).isFalse();

		assertThat(http.post("/api/admin/articles/" + id + "/unpublish", null, PUBLISHER).status()).isEqualTo(200);

		assertThat(results("dien bien " + word)).as("gone at once, before the index hears of it").isEmpty();
	}

	@Test
	void thePhraseInQuotesAndTheExactSpellingDecide() {
		String peace = publish("Hòa bình trên bản " + word, "<p>Bản làng hoà thuận.</p>");
		String flower = publish("Mùa hoa ban " + word, "<p>Hoa nở trắng rừng.</p>");
		awaitResults("hoa " + word, 2);

		assertThat(results("hoa " + word).findValuesAsString("id")).containsExactly(flower, peace);
		assertThat(results("hoà " + word).findValuesAsString("id")).containsExactly(peace, flower);
		assertThat(results("\"hoa ban\" " + word).findValuesAsString("id")).containsExactly(flower);
	}

	@Test
	void pagesOfResultsFollowEachOther() {
		for (int i = 0; i < 5; i++) {
			publish("Tin số " + i + " " + word, "<p>…</p>");
		}
		awaitResults(word, 5);

		JsonNode first = http.get("/api/articles/search?size=3&q=" + word).json();
		JsonNode second = http
			.get("/api/articles/search?size=3&q=" + word + "&cursor=" + first.get("nextCursor").asString())
			.json();

		assertThat(first.get("items")).hasSize(3);
		assertThat(second.get("items")).hasSize(2);
		assertThat(second.get("nextCursor").isNull()).isTrue();
		assertThat(first.get("items").findValuesAsString("id"))
			.doesNotContainAnyElementsOf(second.get("items").findValuesAsString("id"));
	}

	@Test
	void aQueryWithoutWordsOrTooLongOrAForeignCursorIsABadRequestNamingTheField() {
		assertThat(fieldsAtFault("/api/articles/search?q=" + encode("!!! …"))).containsExactly("q");
		assertThat(fieldsAtFault("/api/articles/search?q=" + "tin+".repeat(21))).containsExactly("q");
		assertThat(fieldsAtFault("/api/articles/search?q=" + "a".repeat(201))).containsExactly("q");
		assertThat(fieldsAtFault("/api/articles/search?q=tin&cursor=bm90LWEtY3Vyc29y")).containsExactly("cursor");
		assertThat(http.get("/api/articles/search").status()).isEqualTo(400);
	}

	/**
	 * A second instance, started later, reads the topic from its beginning into an index
	 * of its own, and commits nothing on the way.
	 */
	@Test
	void anInstanceStartedLaterBuildsItsIndexFromTheTopicAndLeavesNoOffsets() throws Exception {
		String id = publish("Bài có trước khi khởi động " + word, "<p>…</p>");
		awaitResults(word);
		String kafka = environment.getProperty("spring.kafka.bootstrap-servers");

		try (var second = new SpringApplicationBuilder(ArticleServiceApplication.class).run("--server.port=0",
				"--spring.kafka.bootstrap-servers=" + kafka,
				"--spring.mongodb.uri=" + environment.getProperty("spring.mongodb.uri"),
				"--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation());
				Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
			var secondHttp = new TestHttp(
					"http://localhost:" + second.getEnvironment().getProperty("local.server.port"));

			await().atMost(Duration.ofSeconds(30))
				.until(() -> secondHttp.get("/api/articles/search?q=" + word).status() == 200);

			assertThat(secondHttp.get("/api/articles/search?q=" + word).json().get("items").findValuesAsString("id"))
				.as("complete once it answers")
				.containsExactly(id);
			List<String> replays = admin.listGroups()
				.all()
				.get()
				.stream()
				.map(GroupListing::groupId)
				.filter(group -> group.startsWith("article-service.search."))
				.toList();
			assertThat(replays).as("one group per instance").hasSizeGreaterThanOrEqualTo(2);
			for (String group : replays) {
				assertThat(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get())
					.as("offsets of " + group)
					.isEmpty();
			}
		}
	}

	private String publish(String title, String body) {
		Response created = http.post("/api/admin/articles", """
				{"title":"%s","lead":"Sapo","body":"%s","section":"Thời sự"}""".formatted(title, body), PUBLISHER);
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(http.post("/api/admin/articles/" + id + "/publish", null, PUBLISHER).status()).isEqualTo(200);
		return id;
	}

	private JsonNode awaitResults(String query) {
		return awaitResults(query, 1);
	}

	private JsonNode awaitResults(String query, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> results(query).size() >= count);
		return results(query);
	}

	private JsonNode results(String query) {
		Response response = http.get("/api/articles/search?q=" + encode(query));
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json().get("items");
	}

	private List<String> fieldsAtFault(String path) {
		Response response = http.get(path);
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		return response.json().get("errors").findValuesAsString("field");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
