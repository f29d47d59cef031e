package dev.newsroom.viewcounter.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.views.PageViewed;
import dev.newsroom.events.EventPublisher;
import dev.newsroom.web.FieldProblem;
import dev.newsroom.web.servlet.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.KafkaException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page-view beacon. A view is accepted (202) only once the broker holds it on all
 * in-sync replicas, so an accepted view is never lost; the counting happens later. The
 * answer carries the browser's signed visitor id, to send with its next views.
 */
@RestController
@ConditionalOnExpression("'${newsroom.views.roles}'.contains('ingest')")
class ViewBeaconController {

	/**
	 * How long a beacon waits for the broker to hold the view: a reader's page must not
	 * hang on it, so with Kafka away the answer is 503 within this.
	 */
	static final Duration ACCEPT_WITHIN = Duration.ofSeconds(1);

	private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	static final String VISITOR_COOKIE = "newsroom_visitor";

	private static final Duration VISITOR_COOKIE_AGE = Duration.ofDays(365);

	/**
	 * Articles are known by UUIDs: anything else is no article's view, and is not held
	 * while the catalogue might still learn of it.
	 */
	private static final String ARTICLE_ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private final EventPublisher events;

	private final Visitors visitors;

	private final Bots bots;

	private final Clock clock;

	private final JsonMapper json;

	private final Validator validator;

	ViewBeaconController(EventPublisher events, Visitors visitors, Bots bots, Clock clock, JsonMapper json,
			Validator validator) {
		this.events = events;
		this.visitors = visitors;
		this.bots = bots;
		this.clock = clock;
		this.json = json;
		this.validator = validator;
	}

	@PostMapping("/api/views")
	ResponseEntity<Accepted> view(@Valid @RequestBody PageView view,
			@CookieValue(name = VISITOR_COOKIE, required = false) String visitorCookie, HttpServletRequest request) {
		return accept(List.of(view.articleId()), visitorOf(view.visitorId(), visitorCookie), request);
	}

	/**
	 * The site's pages send their view with {@code navigator.sendBeacon}, as text: a
	 * browser sends JSON only after asking for leave, which a beacon cannot wait for.
	 */
	@PostMapping(path = "/api/views", consumes = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<Accepted> beacon(@RequestBody String body,
			@CookieValue(name = VISITOR_COOKIE, required = false) String visitorCookie, HttpServletRequest request) {
		// text needs no preflight, so another site's page could send it: browsers say so
		if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
			throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail
				.forStatusAndDetail(HttpStatus.FORBIDDEN, "Views are counted from the site's own pages only"), null);
		}
		PageView view = readBeacon(body);
		return accept(List.of(view.articleId()), visitorOf(view.visitorId(), visitorCookie), request);
	}

	/**
	 * Views a browser kept while it was offline, or an app's: one visitor, up to 100
	 * articles, all accepted or none.
	 */
	@PostMapping("/api/views/batch")
	ResponseEntity<Accepted> views(@Valid @RequestBody PageViews views,
			@CookieValue(name = VISITOR_COOKIE, required = false) String visitorCookie, HttpServletRequest request) {
		return accept(views.articleIds(), visitorOf(views.visitorId(), visitorCookie), request);
	}

	private PageView readBeacon(String body) {
		PageView view;
		try {
			view = json.readValue(body, PageView.class);
		}
		catch (JacksonException ex) {
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
					ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON"), ex);
		}
		if (view == null) {
			throw FieldProblem.badRequest(List.of(new FieldProblem("articleId", "must not be null")), null);
		}
		List<FieldProblem> problems = validator.validate(view)
			.stream()
			.map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
			.toList();
		if (!problems.isEmpty()) {
			throw FieldProblem.badRequest(problems, null);
		}
		return view;
	}

	/** The id in the body (an app's), else the browser's cookie. */
	private static String visitorOf(String fromBody, String fromCookie) {
		return fromBody != null ? fromBody : fromCookie;
	}

	private ResponseEntity<Accepted> accept(List<String> articleIds, String visitorId, HttpServletRequest request) {
		String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
		Visitors.Visitor visitor = visitors.identify(visitorId, ClientAddress.of(request), userAgent);
		boolean bot = bots.isBot(userAgent);
		Instant now = clock.instant();
		long deadline = System.nanoTime() + ACCEPT_WITHIN.toNanos();
		try {
			List<CompletableFuture<?>> sent = new ArrayList<>();
			for (String articleId : articleIds) {
				// the send itself may wait for the topic's metadata (max.block.ms),
				// within the same second
				sent.add(events.publish(Topics.VIEWS, articleId, new PageViewed(UUID.randomUUID().toString(), now,
						articleId, visitor.visitorHash(), visitor.clientHash(), visitor.addressHash(), bot)));
			}
			CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
				.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (ExecutionException | TimeoutException | KafkaException ex) {
			// no broker answered in time (KafkaException: not even for the topic's
			// metadata)
			throw unavailable();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable();
		}
		return ResponseEntity.accepted()
			.header(HttpHeaders.SET_COOKIE, visitorCookie(visitor.visitorId(), request).toString())
			.body(new Accepted(articleIds.size(), visitor.visitorId()));
	}

	/**
	 * The signed visitor id for the browser to send with its next views. Only
	 * {@code /api/views} receives it: the pages are not sent a cookie, so that caches
	 * keep serving them.
	 */
	private static ResponseCookie visitorCookie(String visitorId, HttpServletRequest request) {
		return ResponseCookie.from(VISITOR_COOKIE, visitorId)
			.path("/api/views")
			.maxAge(VISITOR_COOKIE_AGE)
			.httpOnly(true)
			.sameSite("Strict")
			// a proxy in front may append its own scheme: the first is the reader's
			.secure(request.isSecure() || String.valueOf(request.getHeader("X-Forwarded-Proto")).startsWith("https"))
			.build();
	}

	/**
	 * Not accepted: the views may still reach the broker from the producer's buffer, and
	 * a view sent again by the same visitor within the repeat window counts once.
	 */
	private static ErrorResponseException unavailable() {
		var unavailable = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(
				HttpStatus.SERVICE_UNAVAILABLE, "Views cannot be recorded right now; send the view again later"), null);
		unavailable.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
		return unavailable;
	}

	/**
	 * @param visitorId the signed id a previous answer gave; none on a first view
	 */
	record PageView(@NotNull @Pattern(regexp = ARTICLE_ID, message = "must be an article's id") String articleId,
			@Size(max = 128) String visitorId) {
	}

	record PageViews(@NotEmpty @Size(max = 100) List<@NotNull @Pattern(regexp = ARTICLE_ID,
			message = "must be an article's id") String> articleIds, @Size(max = 128) String visitorId) {
	}

	/**
	 * @param visitorId the signed id to send with the next views
	 */
	record Accepted(int views, String visitorId) {
	}

}
