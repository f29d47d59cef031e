package dev.newsroom.article.reading;

import java.time.Instant;
import java.util.List;

import dev.newsroom.article.editorial.Article;
import dev.newsroom.article.editorial.ArticleContent;
import dev.newsroom.article.editorial.ArticleNotFoundException;
import dev.newsroom.article.editorial.ArticleRepository;
import dev.newsroom.article.editorial.ArticleStatus;
import dev.newsroom.article.editorial.Slugs;
import dev.newsroom.article.viewcounts.ViewCounts;
import jakarta.validation.constraints.Max;
import dev.newsroom.web.PublicReads;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
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

	private final ViewCounts viewCounts;

	ReadingController(ArticleRepository articles, ViewCounts viewCounts) {
		this.articles = articles;
		this.viewCounts = viewCounts;
	}

	@GetMapping("/{slug}")
	ResponseEntity<PublishedArticle> article(@PathVariable String slug) {
		Article article = articles.findBySlugAndStatus(slug, ArticleStatus.PUBLISHED).orElseThrow(() -> {
			// not published yet, or no longer: equally short-lived news
			var notFound = new ArticleNotFoundException(slug);
			notFound.getHeaders().setCacheControl(PublicReads.BRIEFLY.getHeaderValue());
			return notFound;
		});
		ArticleContent content = article.content();
		return ResponseEntity.ok()
			.cacheControl(PublicReads.BRIEFLY)
			.body(new PublishedArticle(article.id(), article.slug(), content.title(), content.lead(), content.body(),
					content.section(), content.tags(), content.byline(), content.signature(), content.featuredImage(),
					content.gallery(), content.videos(), content.related(), content.seoTitle(),
					content.seoDescription(), content.source(), article.publishedAt(), article.updatedAt(),
					viewCounts.totalOf(article.id())));
	}

	/**
	 * Newest first; {@code section} matches whatever the case or tone marks, "thoi su"
	 * finds "Thời sự".
	 */
	@GetMapping
	ResponseEntity<ArticleList> list(@RequestParam(required = false) String section,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		var request = PageRequest.of(page, size);
		Slice<Article> slice = section == null || section.isBlank()
				? articles.findByStatusOrderByPublishedAtDesc(ArticleStatus.PUBLISHED, request)
				: articles.findBySectionKeyAndStatusOrderByPublishedAtDesc(Slugs.of(section), ArticleStatus.PUBLISHED,
						request);
		return ResponseEntity.ok()
			.cacheControl(PublicReads.BRIEFLY)
			.body(new ArticleList(slice.map(ArticleSummary::of).getContent(), page, size, slice.hasNext()));
	}

	record PublishedArticle(String id, String slug, String title, String lead, String body, String section,
			List<String> tags, String byline, ArticleContent.Signature signature,
			ArticleContent.FeaturedImage featuredImage, List<String> gallery, List<String> videos, List<String> related,
			String seoTitle, String seoDescription, String source, Instant publishedAt, Instant updatedAt,
			long viewCount) {
	}

	record ArticleSummary(String id, String slug, String title, String lead, String section, List<String> tags,
			Instant publishedAt) {

		static ArticleSummary of(Article article) {
			ArticleContent content = article.content();
			return new ArticleSummary(article.id(), article.slug(), content.title(), content.lead(), content.section(),
					content.tags(), article.publishedAt());
		}

	}

	record ArticleList(List<ArticleSummary> items, int page, int size, boolean hasNext) {
	}

}
