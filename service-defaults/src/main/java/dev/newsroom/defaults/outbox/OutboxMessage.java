package dev.newsroom.defaults.outbox;

import java.time.Instant;

/**
 * An event waiting to be published, stored inside the document of the aggregate that
 * raised it, so that the change and its event are one atomic write.
 */
public record OutboxMessage(String eventId, String topic, String key, String type, Instant occurredAt, String payload) {

}
