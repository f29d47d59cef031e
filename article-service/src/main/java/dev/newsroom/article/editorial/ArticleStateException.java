package dev.newsroom.article.editorial;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An operation that the article's current state does not allow: 409 Conflict. */
class ArticleStateException extends ErrorResponseException {

	ArticleStateException(String detail) {
		super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail), null);
	}

}
