package dev.newsroom.contracts.media;

import java.time.Instant;
import java.util.List;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * A photo or video was stored, or its description changed: the whole public snapshot of
 * the item, so the latest one on the compacted topic is all a consumer needs. A consumer
 * keeps the snapshot that occurred last. {@code width} and {@code height} are a photo's,
 * in pixels; a video has none.
 */
public record MediaDescribed(String eventId, Instant occurredAt, String mediaId, String contentType, long size,
		Integer width, Integer height, String caption, String credit, String alt, List<String> tags,
		FocalPoint focalPoint, String url) implements Event {

	public static final EventType<MediaDescribed> TYPE = new EventType<>("dev.newsroom.media.described.v1",
			MediaDescribed.class);

	/**
	 * The point of the picture a crop keeps in view, as fractions of its width and height
	 * from the top left: (0.5, 0.5) is the middle.
	 */
	public record FocalPoint(double x, double y) {

		public static final FocalPoint MIDDLE = new FocalPoint(0.5, 0.5);

	}

}
