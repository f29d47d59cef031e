package dev.newsroom.media.library;

import java.util.List;

import dev.newsroom.web.FieldProblem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/**
 * Problems with an upload, naming the field at fault like every validation error of the
 * API.
 */
final class UploadProblems {

	private UploadProblems() {
	}

	static ErrorResponseException invalid(String field, String message) {
		return exception(problem(HttpStatus.BAD_REQUEST, "Invalid " + field, field, message));
	}

	static ErrorResponseException invalid(String field, String message, Throwable cause) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid " + field, field, message);
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, cause);
	}

	/**
	 * More than the service reads of any request: see
	 * {@code newsroom.http.max-request-size}.
	 */
	static ErrorResponseException requestTooLarge(Throwable cause) {
		ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than any file may be",
				"file", "is too large");
		return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, cause);
	}

	static ErrorResponseException unsupportedFormat() {
		return exception(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Only JPEG, PNG, GIF and WebP photos and MP4 and WebM videos are accepted", "file",
				"is not a JPEG, PNG, GIF, WebP, MP4 or WebM file"));
	}

	static ErrorResponseException tooLarge(MediaFormat format, DataSize max) {
		String kind = format.isImage() ? "photo" : "video";
		return exception(problem(HttpStatus.CONTENT_TOO_LARGE,
				"A " + kind + " may be up to " + max.toMegabytes() + " MB", "file", "is too large for a " + kind));
	}

	/** A file that is not one whole image of the format its first bytes say. */
	static ErrorResponseException unreadable(String reason) {
		return exception(problem(HttpStatus.UNPROCESSABLE_CONTENT, "The file cannot be used", "file", reason));
	}

	/** A photo that is also a web page or a script: a file of two kinds at once. */
	static ErrorResponseException hiddenMarkup(MediaFormat format) {
		return exception(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Only photos and videos are accepted, not files that are also web pages or scripts", "file",
				"is a " + format + " image that also holds HTML or script markup"));
	}

	private static ProblemDetail problem(HttpStatus status, String detail, String field, String message) {
		ProblemDetail problem = FieldProblem.naming(ProblemDetail.forStatus(status),
				List.of(new FieldProblem(field, message)));
		problem.setDetail(detail);
		return problem;
	}

	private static ErrorResponseException exception(ProblemDetail problem) {
		return new ErrorResponseException(HttpStatus.valueOf(problem.getStatus()), problem, null);
	}

}
