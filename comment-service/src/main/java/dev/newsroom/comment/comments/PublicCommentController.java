package dev.newsroom.comment.comments;

import java.time.Instant;
import java.util.List;

import dev.newsroom.comment.articles.PublishedArticles;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The approved comments of a published article, oldest first, a page at a time: name,
 * time and text, never the e-mail. An article taken off the site takes its comments with
 * it.
 */
@RestController
@RequestMapping("/api/comments")
class PublicCommentController {

	private static final int PAGE = 50;

	private final Comments comments;

	private final PublishedArticles articles;

	PublicCommentController(Comments comments, PublishedArticles articles) {
		this.comments = comments;
		this.articles = articles;
	}

	@GetMapping
	Page approved(@RequestParam @NotBlank @Size(max = 64) String articleId,
			@RequestParam(required = false) @Size(max = 200) String cursor) {
		if (!articles.isPublished(articleId)) {
			throw new ErrorResponseException(HttpStatus.NOT_FOUND,
					ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No published article " + articleId), null);
		}
		CommentPage page = comments.list(CommentStatus.APPROVED, articleId, cursor, PAGE);
		return new Page(page.comments()
			.stream()
			.map(comment -> new PublicComment(comment.id(), comment.name(), comment.content(), comment.postedAt()))
			.toList(), page.next());
	}

	record PublicComment(String id, String name, String content, Instant postedAt) {
	}

	record Page(List<PublicComment> comments, String next) {
	}

}
