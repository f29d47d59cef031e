package dev.newsroom.gateway.limits;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpMethod;

/**
 * Rate limits by name ({@code newsroom.rate-limits.<name>.*}): which requests each
 * counts, and how many of them one client may make per period.
 */
@ConfigurationProperties("newsroom")
record RateLimitSettings(Map<String, Rule> rateLimits) {

	/**
	 * @param methods the methods it counts
	 * @param path a path pattern, matched on the decoded path as request mapping does
	 * @param requests how many such requests one client may make per period
	 * @param period the period
	 */
	record Rule(List<HttpMethod> methods, String path, int requests, Duration period) {
	}

}
