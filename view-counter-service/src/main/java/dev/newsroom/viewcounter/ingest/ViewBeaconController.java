package dev.newsroom.viewcounter.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.views.PageViewed;
import dev.newsroom.events.EventPublisher;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.KafkaException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page-view beacon. A view is accepted (202) only once the broker holds it on all
 * in-sync replicas, so an accepted view is never lost; the counting happens later.
 */
@RestController
class ViewBeaconController {

	/**
	 * How long a beacon waits for the broker to hold the view: a reader's page must not
	 * hang on it, so with Kafka away the answer is 503 within this.
	 */
	static final Duration ACCEPT_WITHIN = Duration.ofSeconds(1);

	private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private final EventPublisher events;

	private final VisitorHashing visitors;

	private final Clock clock;

	ViewBeaconController(EventPublisher events, VisitorHashing visitors, Clock clock) {
		this.events = events;
		this.visitors = visitors;
		this.clock = clock;
	}

	@PostMapping("/api/views")
	ResponseEntity<Void> view(@Valid @RequestBody PageView view,
			@RequestHeader(name = HttpHeaders.USER_AGENT, required = false) String userAgent) {
		Instant now = clock.instant();
		var event = new PageViewed(UUID.randomUUID().toString(), now, view.articleId(), visitors.hash(view.visitorId()),
				Bots.isBot(userAgent));
		long deadline = System.nanoTime() + ACCEPT_WITHIN.toNanos();
		try {
			// the send itself may wait for the topic's metadata (max.block.ms), within
			// the
			// same second
			var sent = events.publish(Topics.VIEWS, event.articleId(), event);
			sent.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
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
		return ResponseEntity.accepted().build();
	}

	/**
	 * Not accepted: the view may still reach the broker from the producer's buffer, and a
	 * view sent again by the same visitor within the repeat window counts once.
	 */
	private static ErrorResponseException unavailable() {
		var unavailable = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(
				HttpStatus.SERVICE_UNAVAILABLE, "Views cannot be recorded right now; send the view again later"), null);
		unavailable.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
		return unavailable;
	}

	record PageView(@NotBlank @Size(max = 64) String articleId, @NotBlank @Size(max = 128) String visitorId) {
	}

}
