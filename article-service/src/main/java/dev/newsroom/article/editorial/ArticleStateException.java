package dev.newsroom.article.editorial;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An operation that the article's current state does not allow: 409 Conflict, naming the
 * state in {@code currentState} so a client can tell the editor what happened meanwhile.
 */
class ArticleStateException extends ErrorResponseException {

	private final ArticleStatus current;

	ArticleStateException(String id, ArticleStatus current, String becoming) {
		super(HttpStatus.CONFLICT, problem(id, current, becoming), null);
		this.current = current;
	}

	ArticleStatus current() {
		return current;
	}

	private static ProblemDetail problem(String id, ArticleStatus current, String becoming) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Article " + id + " is " + current + " and cannot be " + becoming);
		problem.setProperty("currentState", current);
		return problem;
	}

}
