package dev.newsroom.contracts.views;

import java.time.Instant;

/** The absolute number of counted views of an article; totals only grow. */
public record ViewCountChanged(String eventId, Instant occurredAt, String articleId, long total) {

	public static final String TYPE = "dev.newsroom.views.count-changed.v1";

}
