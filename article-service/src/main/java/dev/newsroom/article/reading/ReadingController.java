package dev.newsroom.article.reading;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.newsroom.article.editorial.Article;
import dev.newsroom.article.editorial.ArticleContent;
import dev.newsroom.article.editorial.ArticleNotFoundException;
import dev.newsroom.article.editorial.ArticleRepository;
import dev.newsroom.article.editorial.ArticleStatus;
import dev.newsroom.article.editorial.Slugs;
import dev.newsroom.article.media.MediaCatalog;
import dev.newsroom.article.viewcounts.ViewCounts;
import dev.newsroom.web.FieldProblem;
import dev.newsroom.web.PublicReads;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What visitors read: published articles only; a draft is as unknown as a missing slug.
 */
@RestController
@RequestMapping("/api/articles")
class ReadingController {

	private final ArticleRepository articles;

	private final ArticleLists lists;

	private final MediaCatalog media;

	private final ViewCounts viewCounts;

	ReadingController(ArticleRepository articles, ArticleLists lists, MediaCatalog media, ViewCounts viewCounts) {
		this.articles = articles;
		this.lists = lists;
		this.media = media;
		this.viewCounts = viewCounts;
	}

	/**
	 * An article's former slug answers 301 to its current one: old links keep working.
	 */
	@GetMapping("/{slug}")
	ResponseEntity<PublishedArticle> article(@PathVariable String slug) {
		Optional<Article> current = articles.findPublished(slug);
		if (current.isEmpty()) {
			Optional<Article> moved = articles.findFirstByFormerSlugsAndStatus(slug, ArticleStatus.PUBLISHED);
			if (moved.isPresent()) {
				return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
					.location(URI.create("/api/articles/" + moved.get().slug()))
					.cacheControl(PublicReads.BRIEFLY)
					.build();
			}
		}
		Article article = current.orElseThrow(() -> notFound(slug));
		ArticleContent content = article.content();
		List<String> mediaIds = new ArrayList<>(content.gallery());
		mediaIds.addAll(content.videos());
		ArticleContent.FeaturedImage featured = content.featuredImage();
		if (featured != null) {
			mediaIds.add(featured.mediaId());
		}
		Map<String, MediaCatalog.MediaItem> media = this.media.find(mediaIds);
		return ResponseEntity.ok()
			.cacheControl(PublicReads.BRIEFLY)
			.body(new PublishedArticle(article.id(), article.slug(), content.title(), content.lead(), content.body(),
					content.section(), content.tags(), content.byline(), content.signature(),
					featured == null || !media.containsKey(featured.mediaId()) ? null
							: Shown.of(media.get(featured.mediaId()), featured.caption(), featured.credit()),
					shown(content.gallery(), media), shown(content.videos(), media), content.related(),
					content.seoTitle(), content.seoDescription(), content.source(), article.publishedAt(),
					article.updatedAt(), viewCounts.totalOf(article.id())));
	}

	/**
	 * Newest first, a page at a time: {@code nextCursor} fetches the next.
	 * {@code section} and {@code tag} match whatever the case or tone marks: "thoi su"
	 * finds "Thời sự".
	 */
	@GetMapping
	ResponseEntity<ArticleList> list(@RequestParam(required = false) @Size(max = 100) String section,
			@RequestParam(required = false) @Size(max = 100) String tag,
			@RequestParam(required = false) @Size(max = 200) String cursor,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		ArticleLists.Page page = lists.newest(keyOf(section), keyOf(tag), cursorOf(cursor), size);
		List<ArticleSummary> items = page.items();
		String next = page.hasMore() ? items.get(items.size() - 1).cursor().encode() : null;
		return ResponseEntity.ok()
			.cacheControl(PublicReads.BRIEFLY)
			.body(new ArticleList(items.stream().map(Teaser::of).toList(), next));
	}

	/** What to read next, as the article page's "Tin liên quan" shows it. */
	@GetMapping("/{slug}/related")
	ResponseEntity<RelatedList> related(@PathVariable String slug,
			@RequestParam(defaultValue = "5") @Min(1) @Max(20) int limit) {
		Article article = published(slug);
		List<ArticleSummary> related = lists.related(article.id(), article.content().related(),
				article.content().tags().stream().map(Slugs::of).toList(), Slugs.of(article.content().section()),
				limit);
		return ResponseEntity.ok()
			.cacheControl(PublicReads.BRIEFLY)
			.body(new RelatedList(related.stream().map(Teaser::of).toList()));
	}

	private Article published(String slug) {
		return articles.findPublished(slug).orElseThrow(() -> notFound(slug));
	}

	/** Not published yet, or no longer: equally short-lived news. */
	private static ArticleNotFoundException notFound(String slug) {
		var notFound = new ArticleNotFoundException(slug);
		notFound.getHeaders().setCacheControl(PublicReads.BRIEFLY.getHeaderValue());
		return notFound;
	}

	/** The items that still exist, in the article's order. */
	private static List<Shown> shown(List<String> ids, Map<String, MediaCatalog.MediaItem> media) {
		return ids.stream().filter(media::containsKey).map(id -> Shown.of(media.get(id), "", "")).toList();
	}

	private static String keyOf(String name) {
		return name == null || name.isBlank() ? null : Slugs.of(name);
	}

	private static Cursor cursorOf(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			return Cursor.decode(cursor);
		}
		catch (IllegalArgumentException notOurs) {
			throw FieldProblem.badRequest(List.of(new FieldProblem("cursor", "is not a cursor this list gave out")),
					notOurs);
		}
	}

	record PublishedArticle(String id, String slug, String title, String lead, String body, String section,
			List<String> tags, String byline, ArticleContent.Signature signature, Shown featuredImage,
			List<Shown> gallery, List<Shown> videos, List<String> related, String seoTitle, String seoDescription,
			String source, Instant publishedAt, Instant updatedAt, long viewCount) {
	}

	/**
	 * A photo or video as the page shows it: the media item's caption and credit, unless
	 * the article gives its own, its smaller copies for {@code srcset}, and of a video of
	 * another site the player to embed.
	 */
	record Shown(String mediaId, String type, String contentType, String caption, String credit, String alt, String url,
			String embedUrl, Map<String, String> renditions) {

		static Shown of(MediaCatalog.MediaItem item, String caption, String credit) {
			return new Shown(item.id(), item.type(), item.contentType(),
					caption.isEmpty() ? orEmpty(item.caption()) : caption,
					credit.isEmpty() ? orEmpty(item.credit()) : credit, orEmpty(item.alt()), item.url(),
					item.embedUrl(), item.renditions());
		}

		private static String orEmpty(String text) {
			return text == null ? "" : text;
		}

	}

	/** An article in a list. */
	record Teaser(String id, String slug, String title, String lead, String section, List<String> tags,
			ArticleContent.FeaturedImage featuredImage, Instant publishedAt) {

		static Teaser of(ArticleSummary summary) {
			ArticleSummary.Content content = summary.content();
			return new Teaser(summary.id(), summary.slug(), content.title(), content.lead(), content.section(),
					content.tags() == null ? List.of() : content.tags(), content.featuredImage(),
					summary.publishedAt());
		}

	}

	record ArticleList(List<Teaser> items, String nextCursor) {
	}

	record RelatedList(List<Teaser> items) {
	}

}
