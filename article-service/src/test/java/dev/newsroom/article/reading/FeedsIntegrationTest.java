package dev.newsroom.article.reading;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import dev.newsroom.article.ServiceOverHttp;
import dev.newsroom.article.editorial.Slugs;
import dev.newsroom.testsupport.TestHttp.Response;
import dev.newsroom.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds and sitemaps as readers' apps and search engines fetch them. */
@TestPropertySource(properties = { "newsroom.site.base-url=https://tinhuy.example.gov.vn",
		"newsroom.site.name=Cổng thông tin Tỉnh ủy" })
class FeedsIntegrationTest extends ServiceOverHttp {

	static final String PUBLISHER = TestTokens.bearer("minh", "EDITOR", "PUBLISHER");

	@Test
	void theRssFeedIsValidXmlWithVietnameseTextEscapedAndAbsoluteLinks() throws Exception {
		String section = "Xây dựng Đảng " + System.nanoTime();
		String slug = publish("Giá lúa < giá thành & nông dân \"lo\" " + System.nanoTime(), section);

		Response rss = http.get("/rss.xml");

		assertThat(rss.status()).isEqualTo(200);
		assertThat(rss.contentType()).startsWith("application/rss+xml");
		Document feed = parse(rss);
		assertThat(text(feed, "/rss/channel/title")).isEqualTo("Cổng thông tin Tỉnh ủy");
		assertThat(text(feed, "/rss/channel/item[1]/title")).startsWith("Giá lúa < giá thành & nông dân \"lo\"");
		assertThat(text(feed, "/rss/channel/item[1]/link")).isEqualTo("https://tinhuy.example.gov.vn/bai-viet/" + slug);
		assertThat(text(feed, "/rss/channel/item[1]/pubDate")).endsWith("+0700");

		Document sectionFeed = parse(http.get("/rss/" + Slugs.of(section) + ".xml"));
		assertThat(text(sectionFeed, "/rss/channel/title")).isEqualTo("Cổng thông tin Tỉnh ủy - " + section);
		assertThat(nodes(sectionFeed, "/rss/channel/item").getLength()).isEqualTo(1);
		assertThat(http.get("/rss/khong-co-chuyen-muc-nay.xml").status()).isEqualTo(404);
	}

	@Test
	void sitemapsListThePublishedArticlesAndTheNewsOneTheRecentOnes() throws Exception {
		String slug = publish("Tin sơ đồ trang " + System.nanoTime(), "Thời sự");

		Document sitemap = parse(http.get("/sitemap.xml"));
		Document news = parse(http.get("/sitemap-news.xml"));

		String url = "https://tinhuy.example.gov.vn/bai-viet/" + slug;
		assertThat(nodes(sitemap, "//*[local-name()='loc'][text()='" + url + "']").getLength()).isEqualTo(1);
		assertThat(text(news,
				"//*[local-name()='url'][*[local-name()='loc']='" + url
						+ "']/*[local-name()='news']/*[local-name()='publication']/*[local-name()='language']"))
			.isEqualTo("vi");
		assertThat(text(news, "//*[local-name()='url'][*[local-name()='loc']='" + url
				+ "']/*[local-name()='news']/*[local-name()='title']"))
			.startsWith("Tin sơ đồ trang");
	}

	private String publish(String title, String section) {
		Response created = http.post("/api/admin/articles", """
				{"title":"%s","lead":"Sapo","body":"<p>…</p>","section":"%s"}""".formatted(title.replace("\"", "\\\""),
				section), PUBLISHER);
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		return http.post("/api/admin/articles/" + id + "/publish", null, PUBLISHER).json().get("slug").asString();
	}

	private static Document parse(Response response) throws Exception {
		assertThat(response.status()).isEqualTo(200);
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.bytes()));
	}

	private static String text(Document document, String path) throws Exception {
		return (String) XPathFactory.newInstance().newXPath().evaluate(path, document, XPathConstants.STRING);
	}

	private static NodeList nodes(Document document, String path) throws Exception {
		return (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, document, XPathConstants.NODESET);
	}

}
