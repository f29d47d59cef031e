package dev.newsroom.contracts.views;

import java.time.Instant;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * One page view as the beacon received it. The visitor is only a keyed hash, never the
 * identifier the browser sent.
 */
public record PageViewed(String eventId, Instant occurredAt, String articleId, String visitorHash,
		boolean bot) implements Event {

	public static final EventType<PageViewed> TYPE = new EventType<>("dev.newsroom.views.page-viewed.v1",
			PageViewed.class);

}
