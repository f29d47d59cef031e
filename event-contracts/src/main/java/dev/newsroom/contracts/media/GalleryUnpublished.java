package dev.newsroom.contracts.media;

import java.time.Instant;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * A gallery was taken off the public site, or deleted (then a tombstone of its key
 * follows); it may be published again with a higher {@code revision}.
 */
public record GalleryUnpublished(String eventId, Instant occurredAt, String galleryId, long revision) implements Event {

	public static final EventType<GalleryUnpublished> TYPE = new EventType<>(
			"dev.newsroom.media.gallery-unpublished.v1", GalleryUnpublished.class);

}
