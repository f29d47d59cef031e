package dev.newsroom.article.reading;

import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.newsroom.article.editorial.Slugs;
import dev.newsroom.web.PublicReads;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * RSS 2.0 of the newest articles, of all and of each section, and sitemaps for search
 * engines, among them Google News' of the last 48 hours. Written with the JDK's StAX
 * writer, which escapes every text and attribute. Links point at the public site
 * ({@code newsroom.site.base-url}), whose article pages are {@code /bai-viet/{slug}}.
 */
@RestController
class Feeds {

	private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	/** The site's own zone, as its readers read dates. */
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final int FEED_SIZE = 50;

	/** The sitemap protocol's limit for one file. */
	private static final int SITEMAP_SIZE = 50_000;

	/** Google News takes at most 1,000 articles of the last two days. */
	private static final int NEWS_SIZE = 1000;

	private static final Duration NEWS_AGE = Duration.ofHours(48);

	private final ArticleLists lists;

	private final URI site;

	private final String siteName;

	private final Clock clock;

	Feeds(ArticleLists lists, @Value("${newsroom.site.base-url}") URI site,
			@Value("${newsroom.site.name}") String siteName, Clock clock) {
		this.lists = lists;
		this.site = site;
		this.siteName = siteName;
		this.clock = clock;
	}

	@GetMapping("/rss.xml")
	ResponseEntity<String> rss() throws XMLStreamException {
		return answer(RSS, rss(siteName, "", lists.newest(null, null, null, FEED_SIZE).items()));
	}

	/** 404 for a section with no published article, as for any unknown page. */
	@GetMapping("/rss/{section}.xml")
	ResponseEntity<String> sectionRss(@PathVariable String section) throws XMLStreamException {
		List<ArticleSummary> items = lists.newest(Slugs.of(section), null, null, FEED_SIZE).items();
		if (items.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return answer(RSS,
				rss(siteName + " - " + items.get(0).content().section(), "chuyen-muc/" + Slugs.of(section), items));
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		XmlText xml = new XmlText();
		XMLStreamWriter out = xml.writer;
		out.writeStartDocument("UTF-8", "1.0");
		out.writeStartElement("urlset");
		out.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
		for (ArticleSummary article : lists.newest(null, null, null, SITEMAP_SIZE).items()) {
			out.writeStartElement("url");
			element(out, "loc", articleUrl(article));
			element(out, "lastmod", DateTimeFormatter.ISO_OFFSET_DATE_TIME
				.format((article.updatedAt() != null ? article.updatedAt() : article.publishedAt()).atZone(VIETNAM)));
			out.writeEndElement();
		}
		out.writeEndDocument();
		return answer(XML, xml.text());
	}

	@GetMapping("/sitemap-news.xml")
	ResponseEntity<String> newsSitemap() throws XMLStreamException {
		Instant since = clock.instant().minus(NEWS_AGE);
		XmlText xml = new XmlText();
		XMLStreamWriter out = xml.writer;
		out.writeStartDocument("UTF-8", "1.0");
		out.writeStartElement("urlset");
		out.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
		out.writeNamespace("news", "http://www.google.com/schemas/sitemap-news/0.9");
		for (ArticleSummary article : lists.newest(null, null, null, NEWS_SIZE).items()) {
			if (article.publishedAt().isBefore(since)) {
				break;
			}
			out.writeStartElement("url");
			element(out, "loc", articleUrl(article));
			out.writeStartElement("news", "news", "http://www.google.com/schemas/sitemap-news/0.9");
			out.writeStartElement("news", "publication", "http://www.google.com/schemas/sitemap-news/0.9");
			newsElement(out, "name", siteName);
			newsElement(out, "language", "vi");
			out.writeEndElement();
			newsElement(out, "publication_date",
					DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.publishedAt().atZone(VIETNAM)));
			newsElement(out, "title", article.content().title());
			out.writeEndElement();
			out.writeEndElement();
		}
		out.writeEndDocument();
		return answer(XML, xml.text());
	}

	private String rss(String title, String path, List<ArticleSummary> items) throws XMLStreamException {
		XmlText xml = new XmlText();
		XMLStreamWriter out = xml.writer;
		out.writeStartDocument("UTF-8", "1.0");
		out.writeStartElement("rss");
		out.writeAttribute("version", "2.0");
		out.writeStartElement("channel");
		element(out, "title", title);
		element(out, "link", site.resolve("/" + path).toString());
		element(out, "description", title);
		element(out, "language", "vi");
		for (ArticleSummary article : items) {
			out.writeStartElement("item");
			element(out, "title", article.content().title());
			element(out, "link", articleUrl(article));
			element(out, "description", article.content().lead());
			element(out, "category", article.content().section());
			out.writeStartElement("guid");
			out.writeAttribute("isPermaLink", "false");
			out.writeCharacters(article.id());
			out.writeEndElement();
			element(out, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(article.publishedAt().atZone(VIETNAM)));
			out.writeEndElement();
		}
		out.writeEndDocument();
		return xml.text();
	}

	private String articleUrl(ArticleSummary article) {
		return site.resolve("/bai-viet/" + article.slug()).toString();
	}

	private static void element(XMLStreamWriter out, String name, String text) throws XMLStreamException {
		out.writeStartElement(name);
		out.writeCharacters(text == null ? "" : text);
		out.writeEndElement();
	}

	private static void newsElement(XMLStreamWriter out, String name, String text) throws XMLStreamException {
		out.writeStartElement("news", name, "http://www.google.com/schemas/sitemap-news/0.9");
		out.writeCharacters(text);
		out.writeEndElement();
	}

	private static ResponseEntity<String> answer(MediaType type, String xml) {
		return ResponseEntity.ok().contentType(type).cacheControl(PublicReads.BRIEFLY).body(xml);
	}

	/** A document being written, and its text once it is. */
	private static final class XmlText {

		private final StringWriter text = new StringWriter();

		private final XMLStreamWriter writer;

		XmlText() throws XMLStreamException {
			this.writer = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
		}

		String text() throws XMLStreamException {
			writer.close();
			return text.toString();
		}

	}

}
