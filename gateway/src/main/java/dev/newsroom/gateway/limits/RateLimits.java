package dev.newsroom.gateway.limits;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.newsroom.web.reactive.ProblemResponses;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Caps what one client may do per period, rule by rule (logins, views, editors' writes),
 * so that one client flooding the gateway does not lock others out or inflate a count.
 * Above a rule's budget the answer is 429 with {@code Retry-After}, given before the body
 * is read, so a flood of bad requests is turned away as cheaply as a flood of good ones.
 * <p>
 * A client is its remote address: the connection's peer, unless the server is configured
 * to take it from {@code Forwarded} or {@code X-Forwarded-For}
 * ({@code server.forward-headers-strategy}). That may be done only behind a proxy that
 * overwrites those headers: anyone can send them, and a forged address is a fresh budget.
 */
class RateLimits implements WebFilter, Ordered {

	/**
	 * Far more clients than are active within one period; the bound matters only in a
	 * flood from many addresses.
	 */
	static final int MAX_CLIENTS = 10_000;

	private static final String UNKNOWN_CLIENT = "unknown";

	private final List<Limit> limits;

	private final ProblemResponses problems;

	RateLimits(Map<String, RateLimitSettings.Rule> rules, ProblemResponses problems) {
		this.limits = rules.entrySet().stream().map(rule -> new Limit(rule.getKey(), rule.getValue())).toList();
		this.problems = problems;
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
		ServerHttpRequest request = exchange.getRequest();
		for (Limit limit : limits) {
			if (limit.counts(request) && !limit.clients().tryAcquire(client(request))) {
				exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, limit.retryAfterSeconds());
				return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
						"Too many " + limit.name() + " requests; try again shortly");
			}
		}
		return chain.filter(exchange);
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
		// after the public response cache, which answers readers whatever their number,
		// and before Spring Security's filter chain (-100), which reads the token
		return -200;
	}

	/**
	 * One rule with the budgets of the clients seen most recently. Matched the way
	 * request mapping finds the controller, on the decoded path: the raw path would let
	 * {@code /api/auth/%74oken} reach the endpoint unlimited.
	 */
	record Limit(String name, List<org.springframework.http.HttpMethod> methods, PathPattern path,
			ClientRateLimiters clients, String retryAfterSeconds) {

		Limit(String name, RateLimitSettings.Rule rule) {
			this(name, rule.methods(), PathPatternParser.defaultInstance.parse(rule.path()),
					new ClientRateLimiters(config(rule.requests(), rule.period()), MAX_CLIENTS),
					String.valueOf(Math.max(1, (rule.period().toMillis() + 999) / 1000)));
		}

		boolean counts(ServerHttpRequest request) {
			return methods.contains(request.getMethod()) && path.matches(request.getPath().pathWithinApplication());
		}

	}

}
