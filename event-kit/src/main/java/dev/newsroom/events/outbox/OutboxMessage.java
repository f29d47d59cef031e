package dev.newsroom.events.outbox;

import java.time.Instant;

/**
 * An event waiting to be published, stored inside the document of the aggregate that
 * raised it, so that the change and its event are one atomic write. A tombstone has
 * neither type nor payload. {@code attempts} counts the sends the broker refused for this
 * message itself (not outages).
 */
public record OutboxMessage(String eventId, String topic, String key, String type, Instant occurredAt, String payload,
		int attempts) {

	public static OutboxMessage event(String eventId, String topic, String key, String type, Instant occurredAt,
			String payload) {
		return new OutboxMessage(eventId, topic, key, type, occurredAt, payload, 0);
	}

	public static OutboxMessage tombstone(String eventId, String topic, String key, Instant occurredAt) {
		return new OutboxMessage(eventId, topic, key, null, occurredAt, null, 0);
	}

	public boolean isTombstone() {
		return payload == null;
	}

}
