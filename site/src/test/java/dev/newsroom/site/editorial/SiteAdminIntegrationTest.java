package dev.newsroom.site.editorial;

import java.time.Duration;

import dev.newsroom.site.SiteTest;
import dev.newsroom.testsupport.TestHttp;
import dev.newsroom.testsupport.TestTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What editors keep on the site: its pages, menu and links. */
class SiteAdminIntegrationTest extends SiteTest {

	private static final String EDITOR = TestTokens.bearer("bien-tap", "EDITOR");

	@Test
	void anEditorKeepsTheIntroductionInVietnameseAndEnglishCleanedAsAnArticleIs() {
		TestHttp.Response saved = http.put("/api/admin/site/pages/gioi-thieu",
				"""
						{"title":"Giới thiệu Văn phòng Tỉnh ủy","body":"<h2>Chức năng, nhiệm vụ</h2><p onclick=\\"x()\\">Tham mưu.</p><script>alert(1)</script><table><tr><td>Chánh Văn phòng</td><td>0263 3822 000</td><td>vpt@lamdong.gov.vn</td></tr></table>"}""",
				EDITOR);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("removed").toString()).contains("<script>").contains("onclick on <p>");
		assertThat(http.put("/api/admin/site/pages/en-about", """
				{"title":"About the Provincial Party Office","body":"<p>Functions and contacts.</p>"}""", EDITOR)
			.status()).isEqualTo(200);

		Document vietnamese = Jsoup.parse(http.get("/gioi-thieu").text());
		assertThat(vietnamese.select("h1").text()).isEqualTo("Giới thiệu Văn phòng Tỉnh ủy");
		assertThat(vietnamese.select(".site-page td").eachText()).contains("Chánh Văn phòng", "vpt@lamdong.gov.vn");
		assertThat(vietnamese.select(".site-page script, .site-page [onclick]")).isEmpty();
		Document english = Jsoup.parse(http.get("/en/about").text());
		assertThat(english.select("html").attr("lang")).isEqualTo("en");
		assertThat(english.select("h1").text()).isEqualTo("About the Provincial Party Office");
	}

	@Test
	void theMenuAndLinksAreTheEditorsAndShowWithinASecond() {
		assertThat(http.put("/api/admin/site/menu", """
				{"items":[{"title":"Trang chủ","url":"/"},{"title":"Thời sự","url":"/chuyen-muc/thoi-su"}]}""", EDITOR)
			.status()).isEqualTo(200);
		assertThat(http.put("/api/admin/site/links", """
				{"items":[{"title":"Cổng Thông tin điện tử Chính phủ","url":"https://chinhphu.vn"}]}""", EDITOR)
			.status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
			Document page = Jsoup.parse(http.get("/video").text());
			assertThat(page.select(".menu a").eachText()).containsExactly("Trang chủ", "Thời sự");
			assertThat(page.select(".links a").attr("href")).isEqualTo("https://chinhphu.vn");
			assertThat(page.select(".links a").attr("rel")).isEqualTo("noopener noreferrer");
		});
		assertThat(http.get("/api/admin/site/menu", EDITOR).json().get("items").size()).isEqualTo(2);
	}

	@Test
	void badInputIsA400NamingTheFieldAndNothingIsStored() {
		TestHttp.Response script = http.put("/api/admin/site/links", """
				{"items":[{"title":"Bẫy","url":"javascript:alert(1)"}]}""", EDITOR);
		assertThat(script.status()).isEqualTo(400);
		assertThat(script.contentType()).startsWith("application/problem+json");
		assertThat(script.json().get("errors").get(0).get("field").asString()).isEqualTo("items[0].url");

		TestHttp.Response markup = http.put("/api/admin/site/menu", """
				{"items":[{"title":"<b>Đậm</b>","url":"/"}]}""", EDITOR);
		assertThat(markup.status()).isEqualTo(400);
		assertThat(markup.json().get("errors").get(0).get("field").asString()).isEqualTo("items[0].title");

		TestHttp.Response schemeRelative = http.put("/api/admin/site/links", """
				{"items":[{"title":"Nơi khác","url":"//evil.example"}]}""", EDITOR);
		assertThat(schemeRelative.status()).isEqualTo(400);

		assertThat(http.put("/api/admin/site/pages/GIOI_THIEU", """
				{"title":"x","body":"<p>x</p>"}""", EDITOR).status()).isEqualTo(400);
		assertThat(http.put("/api/admin/site/pages/gioi-thieu", "{\"title\":\"\",\"body\":\"x\"}", EDITOR).status())
			.isEqualTo(400);
	}

	@Test
	void onlyEditorsMayChangeTheSite() {
		String body = "{\"items\":[]}";
		assertThat(http.put("/api/admin/site/links", body, null).status()).isEqualTo(401);
		assertThat(http.put("/api/admin/site/links", body, TestTokens.bearer("ban-doc")).status()).isEqualTo(403);
		assertThat(http.put("/api/admin/site/links", body, TestTokens.forged("ke-gian", "EDITOR")).status())
			.isEqualTo(401);
	}

	@Test
	void aReadersStaleOrForgedTokenDoesNotKeepThePagesFromThem() {
		TestHttp.Response page = http.get("/", TestTokens.forged("ban-doc", "EDITOR"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors");
		assertThat(http.get("/api/admin/site/links", TestTokens.forged("ban-doc", "EDITOR")).status()).isEqualTo(401);
	}

}
