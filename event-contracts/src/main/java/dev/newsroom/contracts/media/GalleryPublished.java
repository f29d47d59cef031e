package dev.newsroom.contracts.media;

import java.time.Instant;
import java.util.List;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * A photo gallery is on the public site: its whole public snapshot, sent when it is
 * published and at every edit while it is. {@code revision} grows with every public
 * change, so a consumer keeps the highest. Each item is a photo of {@code media.v1}, with
 * the caption the gallery gives it (empty: the photo's own).
 */
public record GalleryPublished(String eventId, Instant occurredAt, String galleryId, long revision, String title,
		List<Item> items, Instant publishedAt, Instant updatedAt) implements Event {

	public static final EventType<GalleryPublished> TYPE = new EventType<>("dev.newsroom.media.gallery-published.v1",
			GalleryPublished.class);

	public record Item(String mediaId, String caption) {
	}

}
