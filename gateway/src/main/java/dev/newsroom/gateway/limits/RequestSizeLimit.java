package dev.newsroom.gateway.limits;

import java.time.Duration;
import java.util.List;

import dev.newsroom.web.reactive.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;

/**
 * Turns away a request whose declared body is larger than its route allows (route
 * metadata {@code max-request-size}, e.g. a few KB for a view, 26 MB for an upload), with
 * 413, and sends none of it on. A body without a declared length is left to the service,
 * which counts what it reads against its own limit.
 */
class RequestSizeLimit implements GlobalFilter, Ordered {

	static final String METADATA = "max-request-size";

	/**
	 * A refused body up to this size is read and dropped before the answer, as Tomcat
	 * does by default: many clients (the JDK's among them) send the whole body before
	 * they read anything, and one answered and closed while it still sends sees a broken
	 * connection instead of the 413. Larger bodies are answered at once, and not read.
	 */
	static final DataSize SWALLOWED = DataSize.ofMegabytes(2);

	/**
	 * A client that stops sending a refused body for this long is answered all the same.
	 */
	private static final Duration SWALLOW_IDLE = Duration.ofSeconds(10);

	private final DataSize fallback;

	private final ProblemResponses problems;

	RequestSizeLimit(DataSize fallback, ProblemResponses problems) {
		this.fallback = fallback;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		long declared = exchange.getRequest().getHeaders().getContentLength();
		DataSize limit = limitOf(exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR));
		if (declared <= limit.toBytes()) {
			return chain.filter(exchange);
		}
		Mono<Void> refusal = Mono.defer(() -> {
			// a body not read whole leaves the connection unable to carry another
			// request, and a client must not put it back in its pool, where the next
			// request would be taken for the rest of this body
			exchange.getResponse().getHeaders().setConnection("close");
			return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
					"Request bodies here may be up to " + limit.toKilobytes() + " KB");
		});
		if (declared > SWALLOWED.toBytes() || waitsToBeToldToSend(exchange)) {
			// too much to read for nothing; or a client that sends its body only once
			// told to go on, which a refusal never tells it
			return refusal;
		}
		return exchange.getRequest()
			.getBody()
			// between two pieces, so that a slow sender is not cut off while it sends
			.timeout(SWALLOW_IDLE)
			.doOnNext(DataBufferUtils::release)
			.then()
			.onErrorResume(unread -> Mono.empty())
			.then(refusal);
	}

	private static boolean waitsToBeToldToSend(ServerWebExchange exchange) {
		List<String> expect = exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.EXPECT);
		return expect.stream().anyMatch(value -> value.strip().equalsIgnoreCase("100-continue"));
	}

	private DataSize limitOf(Route route) {
		Object configured = route == null ? null : route.getMetadata().get(METADATA);
		return configured == null ? fallback : DataSize.parse(configured.toString());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
