package dev.newsroom.gateway.limits;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

/**
 * A rate limiter per client, so that a client spending its budget leaves everyone else's
 * alone. Only the clients seen most recently are remembered: a flood from many addresses
 * costs a bounded amount of memory, and a client that is forgotten merely starts again
 * with a full budget.
 */
class ClientRateLimiters {

	private final RateLimiterConfig config;

	private final Map<String, RateLimiter> limiters;

	ClientRateLimiters(RateLimiterConfig config, int maxClients) {
		this.config = config;
		this.limiters = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
				return size() > maxClients;
			}

		};
	}

	boolean tryAcquire(String client) {
		RateLimiter limiter;
		synchronized (limiters) {
			// not named after the client: the name would end up in logs and events
			limiter = limiters.computeIfAbsent(client, key -> RateLimiter.of("token-endpoint", config));
		}
		return limiter.acquirePermission();
	}

	int clients() {
		synchronized (limiters) {
			return limiters.size();
		}
	}

}
