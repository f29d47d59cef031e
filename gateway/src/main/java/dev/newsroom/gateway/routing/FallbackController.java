package dev.newsroom.gateway.routing;

import java.net.URI;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a client gets when a route's circuit breaker gives up on its service: the service
 * is down, refuses connections, its breaker is open, or it did not answer in time. The
 * client learns which service and when to try again, never the gateway's stack trace.
 */
@RestController
class FallbackController {

	private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

	@RequestMapping("/fallback/{service:[a-z][a-z-]*}")
	ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
		Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		Unavailability unavailable = Unavailability.of(service, cause);
		log.debug("{} for {}: {}", unavailable.status(), service, cause == null ? "no cause" : cause.toString());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(unavailable.status(), unavailable.detail());
		problem.setInstance(originalPath(exchange));
		return ResponseEntity.status(unavailable.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds())
			.body(problem);
	}

	/**
	 * The path the client asked for, not the internal fallback path it was forwarded to.
	 */
	private static URI originalPath(ServerWebExchange exchange) {
		Set<URI> original = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
		URI requested = original == null || original.isEmpty() ? exchange.getRequest().getURI()
				: original.iterator().next();
		return URI.create(requested.getRawPath());
	}

}
