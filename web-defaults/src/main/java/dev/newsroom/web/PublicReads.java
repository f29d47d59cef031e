package dev.newsroom.web;

import java.time.Duration;

import org.springframework.http.CacheControl;

/**
 * How long anyone (the gateway's cache, a CDN, a browser) may keep a public read: a
 * second, so that a publish, an edit or an unpublish shows within one without telling any
 * cache. Without it, Spring Security marks every answer {@code no-store}.
 */
public final class PublicReads {

	public static final CacheControl BRIEFLY = CacheControl.maxAge(Duration.ofSeconds(1)).cachePublic();

	private PublicReads() {
	}

}
