package dev.newsroom.contracts.media;

import java.time.Instant;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * A photo or video was deleted: its bytes are no longer served. A tombstone of its key
 * follows, so that compaction forgets the item.
 */
public record MediaDeleted(String eventId, Instant occurredAt, String mediaId) implements Event {

	public static final EventType<MediaDeleted> TYPE = new EventType<>("dev.newsroom.media.deleted.v1",
			MediaDeleted.class);

}
