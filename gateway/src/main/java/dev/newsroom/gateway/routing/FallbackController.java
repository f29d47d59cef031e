package dev.newsroom.gateway.routing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
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

	private static final String UNAVAILABLE_PAGE = """
			<!DOCTYPE html>
			<html lang="vi">
			<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Trang tạm thời chưa hiển thị được</title></head>
			<body><main><h1>Trang tạm thời chưa hiển thị được</h1>
			<p>Hệ thống đang bận. Mời bạn thử lại sau ít phút.</p><p><a href="/">Về trang chủ</a></p></main></body>
			</html>
			""";

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
	 * A reader whose page the site cannot give right now gets a calm page in Vietnamese,
	 * not a problem document: a browser shows it as it is. The gateway's cache keeps
	 * serving the pages it holds until they are due.
	 */
	@RequestMapping("/fallback/site")
	ResponseEntity<String> sitePage(ServerWebExchange exchange) {
		Unavailability unavailable = Unavailability.of("site",
				exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR));
		return ResponseEntity.status(unavailable.status())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(UNAVAILABLE_PAGE);
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
