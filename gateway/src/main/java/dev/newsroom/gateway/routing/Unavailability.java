package dev.newsroom.gateway.routing;

import java.util.concurrent.TimeoutException;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Why a route's circuit breaker gave up on its service, as a client is told: the service
 * did not answer in time (504), every connection to it was busy (503, try again in a
 * second), or it is down, refuses connections or its breaker is open (503).
 */
record Unavailability(HttpStatus status, String detail, String retryAfterSeconds) {

	static final String RETRY_AFTER_SECONDS = "10";

	static Unavailability of(String service, Throwable cause) {
		// waiting too long for a free connection is a timeout too, but of the gateway's
		// queue
		if (CircuitBreakerConfiguration.allConnectionsBusy(cause)) {
			return new Unavailability(HttpStatus.SERVICE_UNAVAILABLE, service + " is busy, try again in a second", "1");
		}
		if (timedOut(cause)) {
			return new Unavailability(HttpStatus.GATEWAY_TIMEOUT,
					service + " did not answer in time, try again shortly", RETRY_AFTER_SECONDS);
		}
		return new Unavailability(HttpStatus.SERVICE_UNAVAILABLE, service + " is unavailable, try again shortly",
				RETRY_AFTER_SECONDS);
	}

	private static boolean timedOut(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TimeoutException
					|| cause instanceof org.springframework.cloud.gateway.support.TimeoutException
					|| cause instanceof ResponseStatusException status
							&& status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
				return true;
			}
		}
		return false;
	}

}
