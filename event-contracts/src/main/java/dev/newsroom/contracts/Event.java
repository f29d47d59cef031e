package dev.newsroom.contracts;

import java.time.Instant;

/**
 * What every event record carries besides its data: an id that consumers may deduplicate
 * by, and when it happened. Both become CloudEvents attributes ({@code id},
 * {@code time}).
 */
public interface Event {

	String eventId();

	Instant occurredAt();

}
