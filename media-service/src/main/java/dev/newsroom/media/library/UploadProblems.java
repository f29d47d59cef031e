package dev.newsroom.media.library;

import java.util.List;

import dev.newsroom.web.FieldProblem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Problems with an upload, naming the field at fault like every validation error of the
 * API. A multipart body that cannot be read fails before any controller is chosen, so
 * this advice (first in line, for every controller) turns it into a problem document: 413
 * for too large, 400 for anything else, where it would otherwise be a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

	private final DataSize maxFileSize;

	UploadProblems(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadable(MultipartException exception) {
		if (exception instanceof MaxUploadSizeExceededException) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "Files may be up to " + maxFileSize.toMegabytes() + " MB",
					"file", "is too large");
		}
		return problem(HttpStatus.BAD_REQUEST, "Invalid file", "file", "could not be read from the multipart request");
	}

	static ErrorResponseException invalid(String field, String message) {
		return exception(problem(HttpStatus.BAD_REQUEST, "Invalid " + field, field, message));
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
		return exception(problem(HttpStatus.UNPROCESSABLE_CONTENT, "The photo cannot be used", "file", reason));
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
