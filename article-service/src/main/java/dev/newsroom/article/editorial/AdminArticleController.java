package dev.newsroom.article.editorial;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import dev.newsroom.web.text.PlainText;
import dev.newsroom.web.text.WellFormedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/articles")
class AdminArticleController {

	/** The ids this system makes: UUIDs, or what an import kept. */
	private static final String ID = "[A-Za-z0-9-]{1,64}";

	private final Editorial editorial;

	AdminArticleController(Editorial editorial) {
		this.editorial = editorial;
	}

	@PostMapping
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<ArticleResponse> create(@Valid @RequestBody ArticleRequest request, Authentication editor) {
		BodyHtml body = BodyHtml.clean(request.body());
		Article article = editorial.draft(request.content(body), editor.getName());
		return ResponseEntity.created(URI.create("/api/admin/articles/" + article.id()))
			.body(ArticleResponse.of(article, body.removed()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ArticleResponse edit(@PathVariable String id, @Valid @RequestBody ArticleRequest request) {
		BodyHtml body = BodyHtml.clean(request.body());
		return ArticleResponse.of(editorial.edit(id, request.content(body)), body.removed());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ArticleResponse get(@PathVariable String id) {
		return ArticleResponse.of(editorial.find(id), List.of());
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("hasRole('EDITOR')")
	ArticleResponse submit(@PathVariable String id) {
		return ArticleResponse.of(editorial.submit(id), List.of());
	}

	/**
	 * {@code publishAt} with its offset ({@code 2026-11-30T06:00:00+07:00}): a time
	 * without one means nothing certain in a newsroom that works in Asia/Ho_Chi_Minh.
	 */
	@PostMapping("/{id}/schedule")
	@PreAuthorize("hasRole('PUBLISHER')")
	ArticleResponse schedule(@PathVariable String id, @Valid @RequestBody ScheduleRequest request) {
		return ArticleResponse.of(editorial.schedule(id, request.publishAt().toInstant()), List.of());
	}

	@PostMapping("/{id}/unschedule")
	@PreAuthorize("hasRole('PUBLISHER')")
	ArticleResponse unschedule(@PathVariable String id) {
		return ArticleResponse.of(editorial.unschedule(id), List.of());
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize("hasRole('PUBLISHER')")
	ArticleResponse archive(@PathVariable String id) {
		return ArticleResponse.of(editorial.archive(id), List.of());
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("hasRole('PUBLISHER')")
	ArticleResponse publish(@PathVariable String id) {
		return ArticleResponse.of(editorial.publish(id), List.of());
	}

	@PostMapping("/{id}/unpublish")
	@PreAuthorize("hasRole('PUBLISHER')")
	ArticleResponse unpublish(@PathVariable String id) {
		return ArticleResponse.of(editorial.unpublish(id), List.of());
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> delete(@PathVariable String id) {
		editorial.delete(id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Everything an article holds. Text fields are plain text, the body HTML; unknown
	 * fields and values of the wrong type are refused before this is made.
	 */
	record ArticleRequest(@NotBlank @PlainText @Size(max = 300) String title,
			@PlainText(multiline = true) @Size(max = 2000) String lead,
			@NotNull @WellFormedText @Size(max = 1_000_000) String body,
			@NotBlank @PlainText @Size(max = 100) String section,
			@Size(max = 30) List<@NotBlank @PlainText @Size(max = 100) String> tags,
			@PlainText @Size(max = 200) String byline, @Valid SignatureRequest signature,
			@Valid FeaturedImageRequest featuredImage,
			@Size(max = 50) List<@NotNull @Pattern(regexp = ID) String> gallery,
			@Size(max = 20) List<@NotNull @Pattern(regexp = ID) String> videos,
			@Size(max = 20) List<@NotNull @Pattern(regexp = ID) String> related,
			@PlainText @Size(max = 300) String seoTitle, @PlainText @Size(max = 500) String seoDescription,
			@PlainText @Size(max = 300) String source) {

		ArticleContent content(BodyHtml cleanBody) {
			return new ArticleContent(title, lead, cleanBody.html(), section, tags, byline,
					signature == null ? null : new ArticleContent.Signature(signature.name(), signature.position()),
					featuredImage == null ? null
							: new ArticleContent.FeaturedImage(featuredImage.mediaId(), featuredImage.caption(),
									featuredImage.credit()),
					gallery, videos, related, seoTitle, seoDescription, source);
		}

	}

	record ScheduleRequest(@NotNull OffsetDateTime publishAt) {
	}

	record SignatureRequest(@NotBlank @PlainText @Size(max = 200) String name,
			@PlainText @Size(max = 300) String position) {
	}

	record FeaturedImageRequest(@NotNull @Pattern(regexp = ID) String mediaId,
			@PlainText(multiline = true) @Size(max = 1000) String caption, @PlainText @Size(max = 200) String credit) {
	}

	/**
	 * The article as stored, and what cleaning took out of the body that was sent
	 * ({@code removed}, empty when nothing was).
	 */
	record ArticleResponse(String id, String slug, ArticleStatus status, long revision, String title, String lead,
			String body, String section, List<String> tags, String byline, ArticleContent.Signature signature,
			ArticleContent.FeaturedImage featuredImage, List<String> gallery, List<String> videos, List<String> related,
			String seoTitle, String seoDescription, String source, Instant createdAt, Instant updatedAt,
			Instant publishedAt, Instant publishAt, List<String> removed) {

		static ArticleResponse of(Article article, List<String> removed) {
			ArticleContent content = article.content();
			return new ArticleResponse(article.id(), article.slug(), article.status(), article.revision(),
					content.title(), content.lead(), content.body(), content.section(), content.tags(),
					content.byline(), content.signature(), content.featuredImage(), content.gallery(), content.videos(),
					content.related(), content.seoTitle(), content.seoDescription(), content.source(),
					article.createdAt(), article.updatedAt(), article.publishedAt(), article.publishAt(), removed);
		}

	}

}
