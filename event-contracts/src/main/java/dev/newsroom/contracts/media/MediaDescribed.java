package dev.newsroom.contracts.media;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * A photo or video was stored, or its description changed: the whole public snapshot of
 * the item, so the latest one on the compacted topic is all a consumer needs.
 * {@code width} and {@code height} are a photo's, in pixels; a video has none.
 * {@code renditions} are the smaller copies of a photo made so far, by name
 * ({@code w320}, {@code w640}, {@code w1024}, {@code w1600}: that width, only those
 * narrower than the original; {@code crop16x9}: the 16:9 crop around the focal point),
 * each with a URL that changes when its bytes do; {@code status} says whether all of them
 * are made ({@code ready}), still being made ({@code pending}) or could not be
 * ({@code failed}). {@code type} is {@code image}, {@code video} (a file) or
 * {@code embed} (a video of YouTube, Vimeo or Dailymotion, whose {@code url} is its page
 * there and {@code embedUrl} the player to put in an iframe). A video's {@code posterId}
 * is the photo shown before it plays; its {@code publishedAt} is when it was put on the
 * site's list of videos, null while it is not on it; a video file's {@code duration} is
 * in seconds, when its header says. {@code revision} grows with every snapshot of the
 * item, whichever instance made it: a consumer keeps the highest.
 */
public record MediaDescribed(String eventId, Instant occurredAt, String mediaId, String contentType, long size,
		Integer width, Integer height, String caption, String credit, String alt, List<String> tags,
		FocalPoint focalPoint, String url, String status, Map<String, String> renditions, String type, String embedUrl,
		String posterId, Instant publishedAt, Double duration, long revision) implements Event {

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
