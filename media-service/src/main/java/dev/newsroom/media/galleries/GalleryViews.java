package dev.newsroom.media.galleries;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.newsroom.contracts.media.GalleryPublished;
import dev.newsroom.media.library.MediaItem;

/** What the API tells of a gallery; the stored document never leaves the service. */
final class GalleryViews {

	private GalleryViews() {
	}

	/** A gallery as an editor sees it, draft or not. */
	record Edited(String id, String title, List<GalleryPublished.Item> items, String status, Instant createdAt,
			Instant updatedAt, Instant publishedAt) {

		static Edited of(Gallery gallery) {
			return new Edited(gallery.id(), gallery.title(), gallery.items(),
					gallery.isPublished() ? "published" : "draft", gallery.createdAt(), gallery.updatedAt(),
					gallery.publishedAt());
		}

	}

	/** A published gallery with its photos as readers see them. */
	record Published(String id, String title, List<Photo> items, Instant publishedAt, Instant updatedAt) {

		static Published of(Gallery gallery, List<MediaItem> photos) {
			return new Published(gallery.id(), gallery.title(), Photo.all(gallery, photos), gallery.publishedAt(),
					gallery.updatedAt());
		}

	}

	/** A gallery in a list: its cover (the first photo), and how many photos it has. */
	record Teaser(String id, String title, Photo cover, int count, Instant publishedAt) {

		static Teaser of(Gallery gallery, List<MediaItem> photos) {
			List<Photo> shown = Photo.all(gallery, photos);
			return new Teaser(gallery.id(), gallery.title(), shown.isEmpty() ? null : shown.get(0), shown.size(),
					gallery.publishedAt());
		}

	}

	/**
	 * A photo of a gallery: the gallery's caption for it, or the photo's own, and the
	 * photo's credit, text for the blind, size and renditions.
	 */
	record Photo(String mediaId, String caption, String credit, String alt, String url, Integer width, Integer height,
			Map<String, String> renditions) {

		/** The items whose photo still exists, in the gallery's order. */
		static List<Photo> all(Gallery gallery, List<MediaItem> photos) {
			Map<String, MediaItem> byId = photos.stream()
				.collect(Collectors.toMap(MediaItem::id, Function.identity(), (one, same) -> one));
			return gallery.items()
				.stream()
				.filter(item -> byId.containsKey(item.mediaId()))
				.map(item -> of(item, byId.get(item.mediaId())))
				.toList();
		}

		private static Photo of(GalleryPublished.Item item, MediaItem photo) {
			String caption = item.caption().isEmpty() ? photo.description().caption() : item.caption();
			return new Photo(photo.id(), caption, photo.description().credit(), photo.description().alt(), photo.url(),
					photo.width(), photo.height(), photo.renditionUrls());
		}

	}

}
