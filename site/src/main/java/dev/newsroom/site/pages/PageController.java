package dev.newsroom.site.pages;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import dev.newsroom.site.SiteSettings;
import dev.newsroom.site.articles.ArticleEntry;
import dev.newsroom.site.articles.SiteArticles;
import dev.newsroom.site.editorial.SiteContent;
import dev.newsroom.site.editorial.SitePage;
import dev.newsroom.site.media.MediaEntry;
import dev.newsroom.web.PublicReads;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal's pages, in Vietnamese addresses. Each is put together from the site's read
 * model and cached for a second, by the gateway and by browsers.
 */
@RestController
class PageController {

	static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private static final int MAX_QUERY = 200;

	private final SiteArticles articles;

	private final ArticlePages articlePages;

	private final ListPages lists;

	private final SiteContent content;

	private final SiteChrome chrome;

	private final Templates templates;

	private final SiteSettings settings;

	private final Dates dates;

	private final Clock clock;

	PageController(SiteArticles articles, ArticlePages articlePages, ListPages lists, SiteContent content,
			SiteChrome chrome, Templates templates, SiteSettings settings, Dates dates, Clock clock) {
		this.articles = articles;
		this.articlePages = articlePages;
		this.lists = lists;
		this.content = content;
		this.chrome = chrome;
		this.templates = templates;
		this.settings = settings;
		this.dates = dates;
		this.clock = clock;
	}

	@GetMapping("/")
	ResponseEntity<byte[]> home() {
		Head head = new Head(settings.name(), "Tin tức, sự kiện và thông tin chính thức của " + settings.name(),
				settings.absolute("/"), null, "website", null, "vi");
		return page("home.jte", head, lists.home());
	}

	@GetMapping("/bai-viet/{slug}")
	ResponseEntity<byte[]> article(@PathVariable String slug) {
		ArticleEntry article = articles.bySlug(slug).orElseThrow(PageNotFoundException::new);
		if (!article.slug().equals(slug)) {
			// an address a publisher moved the article from
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create(Paths.article(article.slug())))
				.cacheControl(PublicReads.BRIEFLY)
				.build();
		}
		Map<String, MediaEntry> media = articlePages.mediaOf(article);
		ArticleView view = articlePages.view(article, media);
		MediaEntry featured = article.featuredImage() == null ? null : media.get(article.featuredImage().mediaId());
		return page("article.jte", articlePages.head(article, view, featured), view);
	}

	@GetMapping("/chuyen-muc/{key}")
	ResponseEntity<byte[]> section(@PathVariable String key,
			@RequestParam(name = "trang", required = false) String trang) {
		ListView list = lists.section(key, pageNumber(trang)).orElseThrow(PageNotFoundException::new);
		return page("list.jte", head(list.heading(), Paths.page(Paths.section(key), list.page())), list);
	}

	@GetMapping("/tag/{key}")
	ResponseEntity<byte[]> tag(@PathVariable String key, @RequestParam(name = "trang", required = false) String trang) {
		ListView list = lists.tag(key, pageNumber(trang)).orElseThrow(PageNotFoundException::new);
		return page("list.jte", head(list.heading(), Paths.page(Paths.tag(key), list.page())), list);
	}

	@GetMapping("/luu-tru")
	ResponseEntity<byte[]> archive() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), dates.zone());
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create(Paths.archive(today.getYear(), today.getMonthValue())))
			.cacheControl(PublicReads.BRIEFLY)
			.build();
	}

	@GetMapping("/luu-tru/{year:\\d{4}}/{month:\\d{2}}")
	ResponseEntity<byte[]> archive(@PathVariable int year, @PathVariable int month,
			@RequestParam(name = "trang", required = false) String trang) {
		if (month < 1 || month > 12 || year < 1900) {
			throw new PageNotFoundException();
		}
		ListView list = lists.month(year, month, pageNumber(trang)).orElseThrow(PageNotFoundException::new);
		return page("list.jte", head(list.heading(), Paths.page(Paths.archive(year, month), list.page())), list);
	}

	@GetMapping("/tim-kiem")
	ResponseEntity<byte[]> search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "trang", required = false) String trang) {
		String query = q == null ? "" : q.strip();
		if (query.length() > MAX_QUERY) {
			query = query.substring(0, MAX_QUERY);
		}
		ListView list = lists.search(query, pageNumber(trang));
		return page("list.jte", head(query.isEmpty() ? "Tìm kiếm" : "Tìm kiếm: " + query, "/tim-kiem"), list);
	}

	@GetMapping("/anh")
	ResponseEntity<byte[]> galleries(@RequestParam(name = "trang", required = false) String trang) {
		Paged<GalleryTeaser> galleries = lists.galleries(pageNumber(trang)).orElseThrow(PageNotFoundException::new);
		return page("galleries.jte", head("Ảnh", Paths.page("/anh", galleries.page())), galleries);
	}

	@GetMapping("/anh/{id}")
	ResponseEntity<byte[]> gallery(@PathVariable String id) {
		GalleryView gallery = lists.gallery(id).orElseThrow(PageNotFoundException::new);
		return page("gallery.jte", head(gallery.title(), Paths.gallery(id)), gallery);
	}

	@GetMapping("/video")
	ResponseEntity<byte[]> videos(@RequestParam(name = "trang", required = false) String trang) {
		Paged<VideoView> videos = lists.videos(pageNumber(trang)).orElseThrow(PageNotFoundException::new);
		return page("videos.jte", head("Video", Paths.page("/video", videos.page())), videos);
	}

	@GetMapping("/gioi-thieu")
	ResponseEntity<byte[]> introduction() {
		return sitePage("gioi-thieu", "/gioi-thieu");
	}

	@GetMapping("/en/about")
	ResponseEntity<byte[]> about() {
		return sitePage("en-about", "/en/about");
	}

	/** Any other address: the site's own 404 page. */
	@GetMapping("/**")
	ResponseEntity<byte[]> unknown() {
		throw new PageNotFoundException();
	}

	private ResponseEntity<byte[]> sitePage(String key, String path) {
		SitePage page = content.page(key).orElseThrow(PageNotFoundException::new);
		Head head = new Head(page.title() + " - " + settings.name(), page.title(), settings.absolute(path), null,
				"website", null, page.lang());
		return page("static.jte", head, page);
	}

	private Head head(String title, String path) {
		return new Head(title + " - " + settings.name(), title + " - " + settings.name(), settings.absolute(path), null,
				"website", null, "vi");
	}

	private <T> ResponseEntity<byte[]> page(String template, Head head, T content) {
		byte[] html = templates.render(template, new Page<>(head, chrome.current(), content));
		return ResponseEntity.ok().contentType(HTML).cacheControl(PublicReads.BRIEFLY).body(html);
	}

	/** {@code ?trang=2}; anything else than a page of the list is no page. */
	private static int pageNumber(String trang) {
		if (trang == null) {
			return 1;
		}
		if (!trang.matches("[1-9][0-9]{0,2}") || Integer.parseInt(trang) > ListPages.LAST_PAGE) {
			throw new PageNotFoundException();
		}
		return Integer.parseInt(trang);
	}

}
