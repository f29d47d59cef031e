package dev.newsroom.article.editorial;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/articles")
class AdminArticleController {

	private final Editorial editorial;

	AdminArticleController(Editorial editorial) {
		this.editorial = editorial;
	}

	@PostMapping
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<ArticleResponse> create(@Valid @RequestBody NewArticleRequest request, Authentication editor) {
		Article article = editorial.draft(request.content(), editor.getName());
		return ResponseEntity.created(URI.create("/api/admin/articles/" + article.id()))
			.body(ArticleResponse.of(article));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ArticleResponse get(@PathVariable String id) {
		return ArticleResponse.of(editorial.find(id));
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("hasRole('PUBLISHER')")
	ArticleResponse publish(@PathVariable String id) {
		return ArticleResponse.of(editorial.publish(id));
	}

	@PostMapping("/{id}/unpublish")
	@PreAuthorize("hasRole('PUBLISHER')")
	ArticleResponse unpublish(@PathVariable String id) {
		return ArticleResponse.of(editorial.unpublish(id));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> delete(@PathVariable String id) {
		editorial.delete(id);
		return ResponseEntity.noContent().build();
	}

	record NewArticleRequest(@NotBlank @Size(max = 300) String title, @Size(max = 2000) String lead,
			@NotNull @Size(max = 500_000) String body, @NotBlank @Size(max = 100) String section,
			@Size(max = 30) List<@NotBlank @Size(max = 100) String> tags) {

		ArticleContent content() {
			return new ArticleContent(title, lead, body, section, tags);
		}

	}

	record ArticleResponse(String id, String slug, String title, String lead, String body, String section,
			List<String> tags, ArticleStatus status, long revision, Instant createdAt, Instant updatedAt,
			Instant publishedAt) {

		static ArticleResponse of(Article article) {
			ArticleContent content = article.content();
			return new ArticleResponse(article.id(), article.slug(), content.title(), content.lead(), content.body(),
					content.section(), content.tags(), article.status(), article.revision(), article.createdAt(),
					article.updatedAt(), article.publishedAt());
		}

	}

}
