package dev.newsroom.gateway.limits;

import dev.newsroom.web.reactive.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;

/**
 * Turns away a request whose declared body is larger than its route allows (route
 * metadata {@code max-request-size}, e.g. a few KB for a view, 26 MB for an upload), with
 * 413 before a byte of it is read or sent on. A body without a declared length is left to
 * the service, which counts what it reads against its own limit.
 */
class RequestSizeLimit implements GlobalFilter, Ordered {

	static final String METADATA = "max-request-size";

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
		if (declared > limit.toBytes()) {
			// the body is not read: the connection cannot carry another request after
			// it, and a client still sending it must not put the connection back in its
			// pool, where the next request would be taken for the rest of this body
			exchange.getResponse().getHeaders().setConnection("close");
			return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
					"Request bodies here may be up to " + limit.toKilobytes() + " KB");
		}
		return chain.filter(exchange);
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
