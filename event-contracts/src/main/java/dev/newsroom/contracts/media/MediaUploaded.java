package dev.newsroom.contracts.media;

import java.time.Instant;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * A photo or video was stored and can be served from {@code url}: the snapshot earlier
 * releases sent, still on the topic for items not described since. Now every item's
 * snapshot is a {@link MediaDescribed}.
 */
public record MediaUploaded(String eventId, Instant occurredAt, String mediaId, String contentType, long size,
		String caption, String credit, String url) implements Event {

	public static final EventType<MediaUploaded> TYPE = new EventType<>("dev.newsroom.media.uploaded.v1",
			MediaUploaded.class);

}
