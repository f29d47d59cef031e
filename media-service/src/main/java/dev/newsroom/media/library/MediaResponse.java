package dev.newsroom.media.library;

import java.time.Instant;

/** What the API tells of a media item; the stored document never leaves the service. */
record MediaResponse(String id, String filename, String contentType, long size, Integer width, Integer height,
		String caption, String credit, String url, Instant uploadedAt) {

	static MediaResponse of(MediaItem item) {
		return new MediaResponse(item.id(), item.filename(), item.contentType(), item.size(), item.width(),
				item.height(), item.description().caption(), item.description().credit(), item.url(),
				item.uploadedAt());
	}

}
