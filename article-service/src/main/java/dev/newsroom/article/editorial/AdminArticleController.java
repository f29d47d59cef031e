package dev.newsroom.article.editorial;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import dev.newsroom.web.VersionTags;
import dev.newsroom.web.text.SafeHtml;
import dev.newsroom.web.text.PlainText;
import dev.newsroom.web.text.WellFormedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
		SafeHtml body = SafeHtml.clean(request.body());
		Article article = editorial.draft(request.content(body), editor.getName());
		return ResponseEntity.created(URI.create("/api/admin/articles/" + article.id()))
			.eTag(Editorial.etagOf(article))
			.body(ArticleResponse.of(article, body.removed()));
	}

	/**
	 * Saves a new version over the one whose ETag is in {@code If-Match}: 412 if someone
	 * saved since, 428 without it, and nothing is overwritten either way.
	 */
	@PutMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<ArticleResponse> edit(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ArticleRequest request, Authentication editor) {
		long basedOn = revisionIn(ifMatch, id);
		SafeHtml body = SafeHtml.clean(request.body());
		return ok(editorial.edit(id, request.content(body), editor.getName(), basedOn), body.removed());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<ArticleResponse> get(@PathVariable String id) {
		return ok(editorial.find(id), List.of());
	}

	/** Every save, newest last: who, when, which fields. */
	@GetMapping("/{id}/revisions")
	@PreAuthorize("hasRole('EDITOR')")
	List<Revision> revisions(@PathVariable String id) {
		return editorial.find(id).revisions();
	}

	@GetMapping("/{id}/revisions/{number}")
	@PreAuthorize("hasRole('EDITOR')")
	RevisionResponse revision(@PathVariable String id, @PathVariable int number) {
		Editorial.SavedRevision saved = editorial.revision(id, number);
		return new RevisionResponse(saved.revision(), saved.content());
	}

	/** An earlier revision's content saved again, as a new revision. */
	@PostMapping("/{id}/revisions/{number}/restore")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<ArticleResponse> restore(@PathVariable String id, @PathVariable int number, Authentication editor) {
		return ok(editorial.restore(id, number, editor.getName()), List.of());
	}

	/**
	 * A new address for the article; once published, the old one redirects to it (301).
	 */
	@PostMapping("/{id}/slug")
	@PreAuthorize("hasRole('PUBLISHER')")
	ResponseEntity<ArticleResponse> changeSlug(@PathVariable String id, @Valid @RequestBody SlugRequest request) {
		return ok(editorial.changeSlug(id, request.slug()), List.of());
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<ArticleResponse> submit(@PathVariable String id) {
		return ok(editorial.submit(id), List.of());
	}

	/**
	 * {@code publishAt} with its offset ({@code 2026-11-30T06:00:00+07:00}): a time
	 * without one means nothing certain in a newsroom that works in Asia/Ho_Chi_Minh.
	 */
	@PostMapping("/{id}/schedule")
	@PreAuthorize("hasRole('PUBLISHER')")
	ResponseEntity<ArticleResponse> schedule(@PathVariable String id, @Valid @RequestBody ScheduleRequest request) {
		return ok(editorial.schedule(id, request.publishAt().toInstant()), List.of());
	}

	@PostMapping("/{id}/unschedule")
	@PreAuthorize("hasRole('PUBLISHER')")
	ResponseEntity<ArticleResponse> unschedule(@PathVariable String id) {
		return ok(editorial.unschedule(id), List.of());
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize("hasRole('PUBLISHER')")
	ResponseEntity<ArticleResponse> archive(@PathVariable String id) {
		return ok(editorial.archive(id), List.of());
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("hasRole('PUBLISHER')")
	ResponseEntity<ArticleResponse> publish(@PathVariable String id) {
		return ok(editorial.publish(id), List.of());
	}

	@PostMapping("/{id}/unpublish")
	@PreAuthorize("hasRole('PUBLISHER')")
	ResponseEntity<ArticleResponse> unpublish(@PathVariable String id) {
		return ok(editorial.unpublish(id), List.of());
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> delete(@PathVariable String id) {
		editorial.delete(id);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<ArticleResponse> ok(Article article, List<String> removed) {
		return ResponseEntity.ok().eTag(Editorial.etagOf(article)).body(ArticleResponse.of(article, removed));
	}

	/** The revision an If-Match names; one that names none cannot match. */
	private static long revisionIn(String ifMatch, String id) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw PreconditionException.missing();
		}
		return VersionTags.required(ifMatch, "article " + id);
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

		ArticleContent content(SafeHtml cleanBody) {
			return new ArticleContent(title, lead, cleanBody.html(), section, tags, byline,
					signature == null ? null : new ArticleContent.Signature(signature.name(), signature.position()),
					featuredImage == null ? null
							: new ArticleContent.FeaturedImage(featuredImage.mediaId(), featuredImage.caption(),
									featuredImage.credit()),
					gallery, videos, related, seoTitle, seoDescription, source);
		}

	}

	record RevisionResponse(int number, String by, Instant at, List<String> changed, ArticleContent content) {

		RevisionResponse(Revision revision, ArticleContent content) {
			this(revision.number(), revision.by(), revision.at(), revision.changed(), content);
		}

	}

	record SlugRequest(@NotNull @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String slug) {
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
