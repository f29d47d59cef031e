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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.KafkaException;
import org.springframework.web.ErrorResponseException;
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

	/**
	 * Articles are known by UUIDs: anything else is no article's view, and is not held
	 * while the catalogue might still learn of it.
	 */
	private static final String ARTICLE_ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private final EventPublisher events;

	private final Visitors visitors;

	private final Bots bots;

	private final Clock clock;

	ViewBeaconController(EventPublisher events, Visitors visitors, Bots bots, Clock clock) {
		this.events = events;
		this.visitors = visitors;
		this.bots = bots;
		this.clock = clock;
	}

	@PostMapping("/api/views")
	ResponseEntity<Accepted> view(@Valid @RequestBody PageView view, HttpServletRequest request) {
		return accept(List.of(view.articleId()), view.visitorId(), request);
	}

	/**
	 * Views a browser kept while it was offline, or an app's: one visitor, up to 100
	 * articles, all accepted or none.
	 */
	@PostMapping("/api/views/batch")
	ResponseEntity<Accepted> views(@Valid @RequestBody PageViews views, HttpServletRequest request) {
		return accept(views.articleIds(), views.visitorId(), request);
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
		return ResponseEntity.accepted().body(new Accepted(articleIds.size(), visitor.visitorId()));
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
