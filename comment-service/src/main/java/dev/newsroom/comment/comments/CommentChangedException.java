package dev.newsroom.comment.comments;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A moderator acted on a version of the comment that another has changed since: 412, with
 * the current version, so that the editor reloads it and decides again.
 */
class CommentChangedException extends ErrorResponseException {

	CommentChangedException(String id, long current) {
		super(HttpStatus.PRECONDITION_FAILED, problem(id, current), null);
	}

	private static ProblemDetail problem(String id, long current) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
				"Comment " + id + " was moderated meanwhile; its current version is \"" + current + "\"");
		problem.setProperty("version", current);
		return problem;
	}

}
