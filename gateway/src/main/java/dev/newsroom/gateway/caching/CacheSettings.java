package dev.newsroom.gateway.caching;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The public response cache ({@code newsroom.cache.*}).
 *
 * @param enabled whether anonymous reads are answered from memory at all
 * @param maxSize how much response data the cache holds at most
 * @param maxEntrySize the largest response it keeps; larger ones pass through
 * @param routes the public paths it caches, each with how long an answer stays fresh
 */
@ConfigurationProperties("newsroom.cache")
record CacheSettings(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize,
		@DefaultValue("1MB") DataSize maxEntrySize, @DefaultValue List<Route> routes) {

	/**
	 * A path pattern, e.g. {@code /api/articles/**}, and how long its answers are kept.
	 */
	record Route(String path, Duration ttl) {
	}

}
