package dev.newsroom.gateway.auth;

import java.time.Duration;

import dev.newsroom.gateway.problem.ProblemResponses;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Caps password guessing, and the RSA signing it costs, at a number of token requests per
 * period for the whole gateway. It runs before the body is read, so a flood of bad
 * requests is turned away as cheaply as a flood of good ones.
 */
class TokenRateLimit implements WebFilter, Ordered {

	private final RateLimiter limiter;

	private final ProblemResponses problems;

	private final String retryAfterSeconds;

	TokenRateLimit(RateLimiter limiter, ProblemResponses problems) {
		this.limiter = limiter;
		this.problems = problems;
		Duration period = limiter.getRateLimiterConfig().getLimitRefreshPeriod();
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
		if (!isTokenRequest(exchange) || limiter.acquirePermission()) {
			return chain.filter(exchange);
		}
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
		return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many token requests; try again shortly");
	}

	private static boolean isTokenRequest(ServerWebExchange exchange) {
		return HttpMethod.POST.equals(exchange.getRequest().getMethod())
				&& TokenController.PATH.equals(exchange.getRequest().getPath().pathWithinApplication().value());
	}

	@Override
	public int getOrder() {
		// before Spring Security's filter chain (-100), which would otherwise look at the
		// request first
		return -200;
	}

}
