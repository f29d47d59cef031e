package dev.newsroom.events.outbox;

import java.time.Instant;

/**
 * An event waiting to be published, stored inside the document of the aggregate that
 * raised it, so that the change and its event are one atomic write. A tombstone has
 * neither type nor payload. {@code due} is when the relay should send it: when it
 * occurred, or later after the broker refused it; {@code attempts} counts those refusals
 * (not outages).
 */
public record OutboxMessage(String eventId, String topic, String key, String type, Instant occurredAt, String payload,
		Instant due, int attempts) {

	public static OutboxMessage event(String eventId, String topic, String key, String type, Instant occurredAt,
			String payload) {
		return new OutboxMessage(eventId, topic, key, type, occurredAt, payload, occurredAt, 0);
	}

	public static OutboxMessage tombstone(String eventId, String topic, String key, Instant occurredAt) {
		return new OutboxMessage(eventId, topic, key, null, occurredAt, null, occurredAt, 0);
	}

	OutboxMessage dueNotBefore(Instant time) {
		return time == null || !time.isAfter(due) ? this
				: new OutboxMessage(eventId, topic, key, type, occurredAt, payload, time, attempts);
	}

	public boolean isTombstone() {
		return payload == null;
	}

}
