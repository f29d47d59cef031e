package dev.newsroom.site.pages;

import java.time.Instant;
import java.util.List;

import dev.newsroom.contracts.article.ArticleUnpublished;
import dev.newsroom.contracts.comment.CommentApproved;
import dev.newsroom.contracts.views.MostReadChanged;
import dev.newsroom.contracts.views.ViewCountChanged;
import dev.newsroom.events.Delivery;
import dev.newsroom.site.SampleEvents;
import dev.newsroom.site.SiteTest;
import dev.newsroom.site.articles.ArticleEntry;
import dev.newsroom.site.comments.SiteComments;
import dev.newsroom.testsupport.TestHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/** The article page from the read model, as the model page shows an article. */
class ArticlePageIntegrationTest extends SiteTest {

	@Autowired
	SiteComments comments;

	@Autowired
	MongoTemplate mongo;

	@Test
	void showsEverythingTheModelPageShows() {
		String photo = SampleEvents.id();
		String inBody = SampleEvents.id();
		String video = SampleEvents.id();
		String poster = SampleEvents.id();
		media.described(SampleEvents.photo(photo, "Quang cảnh buổi lễ", "Đăng Vũ", 1));
		media.described(SampleEvents.photo(inBody, "Tặng giấy khen cho các tập thể", "Đăng Vũ", 1));
		media.described(SampleEvents.photo(poster, "Ảnh bìa video", "", 1));
		media.described(SampleEvents.video(video, "Phóng sự 90 năm", poster, SampleEvents.OCTOBER_16));
		String related = SampleEvents.id();
		articles.published(SampleEvents.article(related, 1, "tin-lien-quan-" + related, "Tin liên quan một", "Thời sự",
				"<p>Bài khác</p>", null, List.of(), List.of(), List.of()));
		String id = SampleEvents.id();
		String slug = "ky-niem-90-nam-" + id;
		// a section of its own: the related articles are the editor's choice alone
		articles.published(SampleEvents.article(id, 1, slug, "Kỷ niệm 90 năm Ngày truyền thống Văn phòng cấp ủy",
				"Xây dựng Đảng " + id,
				"<h2>Truyền thống vẻ vang</h2><p>Đoạn một &amp; <em>nhấn mạnh</em>.</p>" + "<figure><img src=\"/media/"
						+ inBody + "\"><figcaption>Đồng chí Bí thư tặng giấy khen"
						+ "</figcaption></figure><p>Đoạn hai.</p>",
				photo, List.of(photo, inBody), List.of(video), List.of(related)));
		views.changed(
				List.of(new Delivery<>(new ViewCountChanged(SampleEvents.id(), Instant.now(), id, 2287), id, 0, 0)));

		TestHttp.Response response = http.get("/bai-viet/" + slug);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/html").contains("UTF-8");
		Document page = Jsoup.parse(response.text());
		assertThat(page.select("html").attr("lang")).isEqualTo("vi");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Kỷ niệm 90 năm Ngày truyền thống Văn phòng cấp ủy");
		assertThat(page.selectFirst(".meta time").text()).isEqualTo("16/10/2020");
		assertThat(page.selectFirst(".views").text()).isEqualTo("Lượt xem: 2287");
		assertThat(page.selectFirst(".lead").text()).startsWith("Sáng 16/10");
		assertThat(page.select(".body h2").text()).isEqualTo("Truyền thống vẻ vang");
		assertThat(page.select(".body figure figcaption").text())
			.isEqualTo("Đồng chí Bí thư tặng giấy khen Ảnh: Đăng Vũ");
		assertThat(page.select(".body figure img").attr("srcset")).contains("/media/" + inBody + "/w640?v=1 640w");
		assertThat(page.select(".body figure img").attr("loading")).isEqualTo("lazy");
		assertThat(page.selectFirst(".signature-name").text()).isEqualTo("NGUYỄN XUÂN PHƯỚC");
		assertThat(page.selectFirst(".signature-position").text()).isEqualTo("Tỉnh ủy viên, Chánh Văn phòng Tỉnh ủy");
		assertThat(page.select(".related li a").text()).isEqualTo("Tin liên quan một");
		assertThat(page.select(".article-gallery figure")).hasSize(2);
		assertThat(page.select(".article-videos video").attr("src")).isEqualTo("/media/" + video);
		assertThat(page.select(".article-videos figcaption").text()).contains("Phóng sự 90 năm").contains("(2:05)");
		assertThat(page.select("#tin-lien-quan").text()).isEqualTo("Tin liên quan");
		assertThat(page.select(".sidebar .box-title").eachText()).contains("Ảnh", "Video", "Tỷ giá - Thời tiết",
				"Liên kết website");
		assertThat(page.select(".sidebar a[href=/anh]").text()).isEqualTo("Xem tất cả >>");
		assertThat(page.select("a[href=#top]").text()).isEqualTo("LÊN ĐẦU TRANG");
		assertThat(page.select("[data-article-id]").attr("data-article-id")).isEqualTo(id);
	}

	@Test
	void tellsSearchEnginesAndSharingSitesWhatTheArticleIs() {
		String photo = SampleEvents.id();
		media.described(SampleEvents.photo(photo, "Quang cảnh", "Đăng Vũ", 1));
		String id = SampleEvents.id();
		String slug = "chia-se-" + id;
		articles.published(SampleEvents.article(id, 1, slug, "Tiêu đề </script><script>alert(1)</script>", "Thời sự",
				"<p>Nội dung</p>", photo, List.of(), List.of(), List.of()));

		String raw = http.get("/bai-viet/" + slug).text();
		Document page = Jsoup.parse(raw);

		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("https://tinh.example.vn/bai-viet/" + slug);
		assertThat(page.select("meta[property=og:image]").attr("content"))
			.isEqualTo("https://tinh.example.vn/media/" + photo + "/crop16x9?v=1");
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		assertThat(page.select("meta[name=description]").attr("content")).startsWith("Sáng 16/10");
		String jsonLd = page.select("script[type=application/ld+json]").html();
		assertThat(jsonLd).contains("\"@type\":\"NewsArticle\"");
		// the title's end tag cannot end the data block: the raw page writes its < as
		// \u003c
		assertThat(raw).contains("Tiêu đề \\u003c/script>\\u003cscript>alert(1)\\u003c/script>")
			.doesNotContain("<script>alert(1)");
		assertThat(page.select("script:not([type])").eachAttr("src"))
			.allMatch(src -> src.startsWith("/assets/site.js"));
		assertThat(page.select("h1").text()).isEqualTo("Tiêu đề </script><script>alert(1)</script>");
	}

	@Test
	void aMovedArticleRedirectsAndAnUnpublishedOneIsGone() {
		String id = SampleEvents.id();
		articles.published(SampleEvents.article(id, 1, "ten-cu-" + id, "Bài", "Thời sự", "<p>a</p>", null, List.of(),
				List.of(), List.of()));
		articles.published(SampleEvents.article(id, 2, "ten-moi-" + id, "Bài", "Thời sự", "<p>a</p>", null, List.of(),
				List.of(), List.of()));

		TestHttp.Response moved = http.get("/bai-viet/ten-cu-" + id);
		assertThat(moved.status()).isEqualTo(301);
		assertThat(moved.header("Location")).isEqualTo("/bai-viet/ten-moi-" + id);

		articles.unpublished(new ArticleUnpublished(SampleEvents.id(), Instant.now(), id, 3, "ten-moi-" + id));
		// a late copy of an older snapshot does not bring it back
		articles.published(SampleEvents.article(id, 2, "ten-moi-" + id, "Bài", "Thời sự", "<p>a</p>", null, List.of(),
				List.of(), List.of()));
		TestHttp.Response gone = http.get("/bai-viet/ten-moi-" + id);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.contentType()).startsWith("text/html");
		assertThat(Jsoup.parse(gone.text()).select("h1").text()).isEqualTo("Không tìm thấy trang");
		assertThat(http.get("/bai-viet/ten-cu-" + id).status()).isEqualTo(404);
	}

	@Test
	void anAddressAnotherArticleStillHasGoesToTheOneLastPublishedWithIt() {
		String older = SampleEvents.id();
		String newer = SampleEvents.id();
		String slug = "cung-dia-chi-" + older;
		articles.published(SampleEvents.article(older, 1, slug, "Bài cũ", "Thời sự", "<p>a</p>", null, List.of(),
				List.of(), List.of()));

		articles.published(SampleEvents.article(newer, 1, slug, "Bài mới", "Thời sự", "<p>b</p>", null, List.of(),
				List.of(), List.of()));

		TestHttp.Response page = http.get("/bai-viet/" + slug);
		assertThat(page.status()).isEqualTo(200);
		assertThat(Jsoup.parse(page.text()).select("h1").text()).isEqualTo("Bài mới");
		assertThat(articles.summaries(List.of(older))).as("off the site until published again").isEmpty();
	}

	@Test
	void aLateCopyOfAnOlderRevisionTakesNoAddress() {
		String moved = SampleEvents.id();
		String other = SampleEvents.id();
		articles.published(SampleEvents.article(moved, 2, "dia-chi-moi-" + moved, "Bài đã chuyển", "Thời sự",
				"<p>a</p>", null, List.of(), List.of(), List.of()));
		articles.published(SampleEvents.article(other, 1, "dia-chi-" + other, "Bài khác", "Thời sự", "<p>b</p>", null,
				List.of(), List.of(), List.of()));

		articles.published(SampleEvents.article(moved, 1, "dia-chi-" + other, "Bài đã chuyển", "Thời sự", "<p>a</p>",
				null, List.of(), List.of(), List.of()));

		assertThat(articles.bySlug("dia-chi-" + other)).map(ArticleEntry::title).hasValue("Bài khác");
		assertThat(articles.bySlug("dia-chi-moi-" + moved)).map(ArticleEntry::title).hasValue("Bài đã chuyển");
	}

	@Test
	void aTotalShowsOnThePageWhetherItCameBeforeOrAfterItsArticle() {
		String before = SampleEvents.id();
		String after = SampleEvents.id();
		views.changed(List.of(total(before, 41)));
		articles.published(SampleEvents.article(before, 1, "truoc-" + before, "Bài", "Thời sự", "<p>a</p>", null,
				List.of(), List.of(), List.of()));
		articles.published(SampleEvents.article(after, 1, "sau-" + after, "Bài", "Thời sự", "<p>a</p>", null, List.of(),
				List.of(), List.of()));
		views.changed(List.of(total(after, 7)));
		views.changed(List.of(total(after, 6)));
		// an edit leaves the total as it was
		articles.published(SampleEvents.article(before, 2, "truoc-" + before, "Bài sửa", "Thời sự", "<p>a</p>", null,
				List.of(), List.of(), List.of()));

		assertThat(viewsShownOn("truoc-" + before)).isEqualTo("Lượt xem: 41");
		assertThat(viewsShownOn("sau-" + after)).isEqualTo("Lượt xem: 7");
		assertThat(articles.bySlug("truoc-" + before)).as("read with the article")
			.map(ArticleEntry::views)
			.hasValue(41L);
		assertThat(articles.bySlug("sau-" + after)).map(ArticleEntry::views).hasValue(7L);

		views.forgotten(after);
		assertThat(viewsShownOn("sau-" + after)).isEqualTo("Lượt xem: 0");
	}

	@Test
	void anEntryStoredBeforeItKeptItsTotalAndCommentMarkShowsBothStill() {
		String id = SampleEvents.id();
		articles.published(SampleEvents.article(id, 1, "cu-" + id, "Bài", "Thời sự", "<p>a</p>", null, List.of(),
				List.of(), List.of()));
		views.changed(List.of(total(id, 12)));
		comments.approved(new CommentApproved(SampleEvents.id(), Instant.now(), SampleEvents.id(), id, 1, "Lan",
				"Ý kiến cũ", Instant.now()));
		// as an older release stored it
		mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset("views").unset("commented"),
				ArticleEntry.class);

		Document page = Jsoup.parse(http.get("/bai-viet/cu-" + id).text());

		assertThat(page.selectFirst(".views").text()).isEqualTo("Lượt xem: 12");
		assertThat(page.select(".comment-text").text()).isEqualTo("Ý kiến cũ");
		// an older total delivered again is not the first the entry keeps
		views.changed(List.of(total(id, 9)));
		assertThat(viewsShownOn("cu-" + id)).isEqualTo("Lượt xem: 12");
	}

	@Test
	void aCaptionEditedOnceChangesInTheArticle() {
		String photo = SampleEvents.id();
		media.described(SampleEvents.photo(photo, "Chú thích cũ", "Đăng Vũ", 1));
		String id = SampleEvents.id();
		articles.published(SampleEvents.article(id, 1, "chu-thich-" + id, "Bài có ảnh", "Thời sự",
				"<p><img src=\"/media/" + photo + "\"></p>", null, List.of(), List.of(), List.of()));
		media.described(SampleEvents.photo(photo, "Chú thích mới", "Đăng Vũ", 2));
		// a late copy of the older description changes nothing
		media.described(SampleEvents.photo(photo, "Chú thích cũ", "Đăng Vũ", 1));

		Document page = Jsoup.parse(http.get("/bai-viet/chu-thich-" + id).text());

		assertThat(page.select(".body figcaption").text()).isEqualTo("Chú thích mới Ảnh: Đăng Vũ");
	}

	@Test
	void theMostReadListIsTheLatestMade() {
		String id = SampleEvents.id();
		articles.published(SampleEvents.article(id, 1, "doc-nhieu-" + id, "Bài đọc nhiều", "Thời sự", "<p>a</p>", null,
				List.of(), List.of(), List.of()));
		Instant now = Instant.now();
		mostRead.changed(new MostReadChanged(SampleEvents.id(), now, "week", "",
				List.of(new MostReadChanged.Item(id, "doc-nhieu-" + id, "Bài đọc nhiều", "Thời sự", 99))));
		mostRead.changed(new MostReadChanged(SampleEvents.id(), now.minusSeconds(30), "week", "", List.of()));

		assertThat(mostRead.of("week", "")).extracting(MostReadChanged.Item::articleId).containsExactly(id);
	}

	private String viewsShownOn(String slug) {
		TestHttp.Response page = http.get("/bai-viet/" + slug);
		assertThat(page.status()).isEqualTo(200);
		return Jsoup.parse(page.text()).selectFirst(".views").text();
	}

	private static Delivery<ViewCountChanged> total(String articleId, long total) {
		return new Delivery<>(new ViewCountChanged(SampleEvents.id(), Instant.now(), articleId, total), articleId, 0,
				total);
	}

}
