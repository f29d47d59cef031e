package dev.newsroom.site.pages;

import dev.newsroom.site.SiteTest;
import dev.newsroom.site.articles.SiteArticles;
import dev.newsroom.testsupport.TestHttp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/** A failure is a calm page in Vietnamese that tells nothing of its cause. */
class ErrorPagesIntegrationTest extends SiteTest {

	@MockitoBean
	SiteArticles failing;

	@Test
	void aFailureIsA500PageWithoutItsCause() {
		when(failing.bySlug(anyString()))
			.thenThrow(new IllegalStateException("Timed out after 30000 ms while waiting for mongodb:27017"));

		TestHttp.Response page = http.get("/bai-viet/bat-ky");

		assertThat(page.status()).isEqualTo(500);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(Jsoup.parse(page.text()).select("h1").text()).isEqualTo("Trang tạm thời chưa hiển thị được");
		assertThat(page.text()).doesNotContain("mongodb")
			.doesNotContain("Timed out")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at dev.newsroom");
		assertThat(page.header("Cache-Control")).contains("no-store");
	}

	@Test
	void anUnknownAddressIsA404PageAndAnUnknownApiA404Problem() {
		TestHttp.Response page = http.get("/khong/co/trang/nay");
		assertThat(page.status()).isEqualTo(404);
		assertThat(Jsoup.parse(page.text()).select("h1").text()).isEqualTo("Không tìm thấy trang");

		TestHttp.Response api = http.get("/api/khong-co");
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.contentType()).startsWith("application/problem+json");
	}

}
