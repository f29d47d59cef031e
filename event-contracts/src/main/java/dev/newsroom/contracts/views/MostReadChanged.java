package dev.newsroom.contracts.views;

import java.time.Instant;
import java.util.List;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * A most-read list as it now stands: the most viewed published articles of a window
 * ({@code day}, {@code week}, {@code month} or {@code all}, days as the portal's readers
 * count them), in one section or, with an empty section, in all.
 */
public record MostReadChanged(String eventId, Instant occurredAt, String window, String section,
		List<Item> items) implements Event {

	public static final EventType<MostReadChanged> TYPE = new EventType<>("dev.newsroom.views.most-read-changed.v1",
			MostReadChanged.class);

	/** The topic's key of a list. */
	public static String keyOf(String window, String section) {
		return window + "|" + section;
	}

	public record Item(String articleId, String slug, String title, String section, long views) {
	}

}
