package dev.newsroom.comment.comments;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** What the comment's status does not allow: 409 Conflict, naming the status. */
class CommentStateException extends ErrorResponseException {

	CommentStateException(String id, CommentStatus current, String refused) {
		super(HttpStatus.CONFLICT, problem(id, current, refused), null);
	}

	private static ProblemDetail problem(String id, CommentStatus current, String refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Comment " + id + " is " + current + " and cannot be " + refused);
		problem.setProperty("commentStatus", current.name());
		return problem;
	}

}
