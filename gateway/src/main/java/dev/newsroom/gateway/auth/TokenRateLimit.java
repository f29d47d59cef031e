package dev.newsroom.gateway.auth;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;

import dev.newsroom.web.reactive.ProblemResponses;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Caps password guessing, and the RSA signing it costs, at a number of token requests per
 * period for each client, so that one client flooding the endpoint does not lock the
 * editors out. It runs before the body is read, so a flood of bad requests is turned away
 * as cheaply as a flood of good ones.
 * <p>
 * A client is its remote address: the connection's peer, unless the server is configured
 * to take it from {@code Forwarded} or {@code X-Forwarded-For}
 * ({@code server.forward-headers-strategy}). That may be done only behind a proxy that
 * overwrites those headers: anyone can send them, and a forged address is a fresh budget.
 */
class TokenRateLimit implements WebFilter, Ordered {

	/**
	 * Far more clients than log in within one period; the bound matters only in a flood
	 * from many addresses.
	 */
	static final int MAX_CLIENTS = 10_000;

	/**
	 * Matched the way request mapping finds the controller, on the decoded path: the raw
	 * path would let {@code /api/auth/%74oken} reach the endpoint unlimited.
	 */
	private static final PathPattern TOKEN_PATH = PathPatternParser.defaultInstance.parse(TokenController.PATH);

	private static final String UNKNOWN_CLIENT = "unknown";

	private final ClientRateLimiters limiters;

	private final ProblemResponses problems;

	private final String retryAfterSeconds;

	TokenRateLimit(int requests, Duration period, ProblemResponses problems) {
		this.limiters = new ClientRateLimiters(config(requests, period), MAX_CLIENTS);
		this.problems = problems;
		this.retryAfterSeconds = String.valueOf(Math.max(1, (period.toMillis() + 999) / 1000));
	}

	/**
	 * Answers at once when the period's permits are spent: a waiting request would hold a
	 * connection.
	 */
	static RateLimiterConfig config(int requests, Duration period) {
		return RateLimiterConfig.custom()
			.limitForPeriod(requests)
			.limitRefreshPeriod(period)
			.timeoutDuration(Duration.ZERO)
			.build();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!isTokenRequest(exchange.getRequest()) || limiters.tryAcquire(client(exchange.getRequest()))) {
			return chain.filter(exchange);
		}
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
		return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many token requests; try again shortly");
	}

	static boolean isTokenRequest(ServerHttpRequest request) {
		return HttpMethod.POST.equals(request.getMethod())
				&& TOKEN_PATH.matches(request.getPath().pathWithinApplication());
	}

	/**
	 * An IPv6 client counts by its /64: a single subscriber is usually given a whole one,
	 * and could otherwise take a fresh budget with every address of it.
	 */
	static String client(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		InetAddress address = (remote != null) ? remote.getAddress() : null;
		if (address == null) {
			return UNKNOWN_CLIENT;
		}
		if (address instanceof Inet6Address) {
			return HexFormat.of().formatHex(address.getAddress(), 0, 8) + "/64";
		}
		return address.getHostAddress();
	}

	@Override
	public int getOrder() {
		// before Spring Security's filter chain (-100), which would otherwise look at the
		// request first
		return -200;
	}

}
