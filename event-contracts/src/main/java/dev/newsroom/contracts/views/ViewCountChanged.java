package dev.newsroom.contracts.views;

import java.time.Instant;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/** The absolute number of counted views of an article; totals only grow. */
public record ViewCountChanged(String eventId, Instant occurredAt, String articleId, long total) implements Event {

	public static final EventType<ViewCountChanged> TYPE = new EventType<>("dev.newsroom.views.count-changed.v1",
			ViewCountChanged.class);

}
