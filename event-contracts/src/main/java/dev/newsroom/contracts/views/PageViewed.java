package dev.newsroom.contracts.views;

import java.time.Instant;

/**
 * One page view as the beacon received it. The visitor is only a keyed hash, never the
 * identifier the browser sent.
 */
public record PageViewed(String eventId, Instant occurredAt, String articleId, String visitorHash, boolean bot) {

	public static final String TYPE = "dev.newsroom.views.page-viewed.v1";

}
