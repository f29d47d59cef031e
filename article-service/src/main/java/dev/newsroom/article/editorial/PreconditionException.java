package dev.newsroom.article.editorial;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A save that would overwrite what someone else saved meanwhile (412), or that does not
 * say which version it changes (428): the editor reloads, sees the other's change, and
 * decides.
 */
class PreconditionException extends ErrorResponseException {

	private PreconditionException(HttpStatus status, String detail) {
		super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
	}

	static PreconditionException stale(String id, String current) {
		return new PreconditionException(HttpStatus.PRECONDITION_FAILED,
				"Article " + id + " was saved meanwhile; its current version is " + current);
	}

	static PreconditionException missing() {
		return new PreconditionException(HttpStatus.PRECONDITION_REQUIRED,
				"Send If-Match with the ETag of the version this change starts from");
	}

}
