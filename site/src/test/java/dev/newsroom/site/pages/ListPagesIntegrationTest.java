package dev.newsroom.site.pages;

import java.time.Instant;
import java.util.List;

import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.site.SampleEvents;
import dev.newsroom.site.SiteTest;
import dev.newsroom.testsupport.TestHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages that list articles, galleries and videos. */
class ListPagesIntegrationTest extends SiteTest {

	private ArticlePublished publish(String title, String section, List<String> tags, Instant at) {
		String id = SampleEvents.id();
		ArticlePublished sample = SampleEvents.article(id, 1, "bai-" + id, title, section, "<p>" + title + "</p>", null,
				List.of(), List.of(), List.of());
		ArticlePublished article = new ArticlePublished(sample.eventId(), at, id, 1, sample.slug(), title,
				sample.lead(), sample.body(), section, tags, null, null, null, List.of(), List.of(), List.of(), null,
				null, null, at, at);
		articles.published(article);
		return article;
	}

	@Test
	void aSectionListsItsNewestFirstTwentyAPage() {
		String section = "Kinh tế " + SampleEvents.id().substring(0, 8);
		Instant start = Instant.parse("2026-03-01T00:00:00Z");
		for (int i = 0; i < 25; i++) {
			publish("Tin kinh tế số " + i, section, List.of(), start.plusSeconds(i * 60L));
		}
		String key = dev.newsroom.site.articles.Keys.of(section);

		Document first = Jsoup.parse(http.get("/chuyen-muc/" + key).text());
		assertThat(first.select("h1").text()).isEqualTo(section);
		assertThat(first.select(".list .teaser-title")).hasSize(20);
		assertThat(first.select(".list .teaser-title").first().text()).isEqualTo("Tin kinh tế số 24");
		assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/chuyen-muc/" + key + "?trang=2");

		Document second = Jsoup.parse(http.get("/chuyen-muc/" + key + "?trang=2").text());
		assertThat(second.select(".list .teaser-title").eachText()).containsExactly("Tin kinh tế số 4",
				"Tin kinh tế số 3", "Tin kinh tế số 2", "Tin kinh tế số 1", "Tin kinh tế số 0");
		assertThat(second.select("a[rel=next]")).isEmpty();

		assertThat(http.get("/chuyen-muc/" + key + "?trang=3").status()).isEqualTo(404);
		assertThat(http.get("/chuyen-muc/" + key + "?trang=abc").status()).isEqualTo(404);
		assertThat(http.get("/chuyen-muc/khong-co-chuyen-muc-nay").status()).isEqualTo(404);
	}

	@Test
	void aTagPageIsNamedAsEditorsWroteTheTag() {
		String tag = "Đà Lạt " + SampleEvents.id().substring(0, 6);
		publish("Hoa dã quỳ", "Du lịch", List.of(tag), Instant.now());

		Document page = Jsoup.parse(http.get("/tag/" + dev.newsroom.site.articles.Keys.of(tag)).text());

		assertThat(page.select("h1").text()).isEqualTo(tag);
		assertThat(page.select(".list .teaser-title").text()).isEqualTo("Hoa dã quỳ");
	}

	@Test
	void theArchiveListsAMonthOnTheReadersCalendar() {
		// 23:30 on 31 October in UTC is already 1 November in Hanoi
		ArticlePublished november = publish("Tin đầu tháng mười một", "Thời sự", List.of(),
				Instant.parse("2019-10-31T23:30:00Z"));
		ArticlePublished october = publish("Tin cuối tháng mười", "Thời sự", List.of(),
				Instant.parse("2019-10-31T16:00:00Z"));

		assertThat(Jsoup.parse(http.get("/luu-tru/2019/11").text()).select(".list .teaser-title").eachText())
			.containsExactly(november.title());
		assertThat(Jsoup.parse(http.get("/luu-tru/2019/10").text()).select(".list .teaser-title").eachText())
			.containsExactly(october.title());
		assertThat(Jsoup.parse(http.get("/luu-tru/2019/11").text()).select(".teaser-meta").text())
			.contains("01/11/2019");
		assertThat(http.get("/luu-tru/2019/13").status()).isEqualTo(404);
	}

	@Test
	void searchFindsEveryWordWithOrWithoutToneMarks() {
		String word = "Khánh" + SampleEvents.id().substring(0, 6);
		publish("Lễ hội " + word + " ở Lâm Đồng", "Văn hóa", List.of(), Instant.now());
		publish("Chợ " + word + " không có lễ", "Văn hóa", List.of(), Instant.now());

		Document folded = Jsoup
			.parse(http.get("/tim-kiem?q=le+hoi+" + dev.newsroom.site.articles.Keys.fold(word)).text());
		assertThat(folded.select(".list .teaser-title").eachText()).containsExactly("Lễ hội " + word + " ở Lâm Đồng");
		assertThat(folded.select("input[name=q]").last().attr("value")).startsWith("le hoi");

		Document none = Jsoup.parse(http.get("/tim-kiem?q=" + word + "+khongcotu").text());
		assertThat(none.select(".list")).isEmpty();
		assertThat(none.select("main .calm").text()).isEqualTo("Không tìm thấy bài viết nào.");

		TestHttp.Response hostile = http.get("/tim-kiem?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
		assertThat(hostile.status()).isEqualTo(200);
		assertThat(hostile.text()).doesNotContain("<script>alert(1)");
	}

	@Test
	void galleriesAndVideosHaveTheirPages() {
		String photo = SampleEvents.id();
		media.described(SampleEvents.photo(photo, "Đồi chè Cầu Đất", "Minh Khôi", 1));
		String gallery = SampleEvents.id();
		galleries.published(SampleEvents.gallery(gallery, "Mùa chè Cầu Đất", List.of(photo)));
		String video = SampleEvents.id();
		media.described(SampleEvents.video(video, "Phóng sự mùa chè", photo, Instant.now()));

		Document list = Jsoup.parse(http.get("/anh").text());
		assertThat(list.select(".teaser-title a").eachText()).contains("Mùa chè Cầu Đất");
		Document one = Jsoup.parse(http.get("/anh/" + gallery).text());
		assertThat(one.select("h1").text()).isEqualTo("Mùa chè Cầu Đất");
		assertThat(one.select(".gallery figcaption").text()).isEqualTo("Đồi chè Cầu Đất Ảnh: Minh Khôi");
		Document videos = Jsoup.parse(http.get("/video").text());
		assertThat(videos.select(".videos figure#v-" + video + " video").attr("src")).isEqualTo("/media/" + video);
		assertThat(http.get("/anh/khong-co").status()).isEqualTo(404);
		assertThat(http.get("/video?trang=400").status()).as("past the last page").isEqualTo(404);
		assertThat(http.get("/anh?trang=400").status()).isEqualTo(404);
	}

	@Test
	void everyPageSaysWhatItIsSafe() {
		TestHttp.Response home = http.get("/");

		assertThat(home.header("Content-Security-Policy")).contains("default-src 'self'")
			.contains("script-src 'self'")
			.contains("frame-ancestors 'self'")
			.contains("https://www.youtube-nocookie.com");
		assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(home.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(home.header("Cache-Control")).contains("max-age=1");
		TestHttp.Response script = http.get("/assets/site.js?v=" + "x");
		assertThat(script.contentType()).startsWith("text/javascript");
		String versioned = Jsoup.parse(home.text()).select("script[src]").attr("src");
		assertThat(http.get(versioned).header("Cache-Control")).contains("immutable");
	}

}
