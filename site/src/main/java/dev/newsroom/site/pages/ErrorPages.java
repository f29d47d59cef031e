package dev.newsroom.site.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * A reader who meets an error gets a calm page in Vietnamese, never a stack trace or an
 * exception's message. The error pages use nothing but their template: they render when
 * the database does not answer.
 */
@ControllerAdvice(assignableTypes = { PageController.class, Assets.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final Templates templates;

	ErrorPages(Templates templates) {
		this.templates = templates;
	}

	/**
	 * The gateway sends every address it has no route for here, so that readers get this
	 * page; a program asking for an unknown API gets a problem document.
	 */
	@ExceptionHandler(PageNotFoundException.class)
	ResponseEntity<?> notFound(HttpServletRequest request) {
		if (request.getRequestURI().startsWith("/api/")) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is nothing at this address"));
		}
		return error(HttpStatus.NOT_FOUND);
	}

	/** A reader who left before the page was sent is no failure, and gets nothing. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<byte[]> failed(Exception exception, HttpServletRequest request) {
		if (DisconnectedClientHelper.isClientDisconnectedException(exception)) {
			log.debug("The reader of {} left before the page was sent", request.getRequestURI());
			return null;
		}
		log.error("The page {} could not be made", request.getRequestURI(), exception);
		return error(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	private ResponseEntity<byte[]> error(HttpStatus status) {
		return ResponseEntity.status(status)
			.contentType(PageController.HTML)
			.cacheControl(CacheControl.noStore())
			.body(templates.render("error.jte", new ErrorView(status.value())));
	}

}
