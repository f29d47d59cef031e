package dev.newsroom.media.library;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.newsroom.contracts.media.MediaDescribed.FocalPoint;

/** What the API tells of a media item; the stored document never leaves the service. */
record MediaResponse(String id, String type, String filename, String contentType, long size, Integer width,
		Integer height, String caption, String credit, String alt, List<String> tags, FocalPoint focalPoint,
		Double duration, String url, String embedUrl, Map<String, String> renditions, String status,
		String statusReason, Poster poster, Instant publishedAt, Instant uploadedAt) {

	/** The item, with its poster as {@code posters} finds it. */
	static MediaResponse of(MediaItem item, Function<String, Optional<MediaItem>> posters) {
		MediaDescription description = item.description();
		Poster poster = Optional.ofNullable(item.posterId()).flatMap(posters).map(Poster::of).orElse(null);
		return new MediaResponse(item.id(), item.type(), item.filename(), item.contentType(), item.size(), item.width(),
				item.height(), description.caption(), description.credit(), description.alt(), description.tags(),
				item.focalPoint(), item.duration(), item.url(), item.embedUrl(), item.renditionUrls(),
				item.renditionStatus().key(), item.renditionFailure(), poster,
				item.isPublished() ? item.publishedAt() : null, item.uploadedAt());
	}

	/** The photo shown before a video plays. */
	record Poster(String mediaId, String url, Integer width, Integer height, Map<String, String> renditions) {

		static Poster of(MediaItem photo) {
			return new Poster(photo.id(), photo.url(), photo.width(), photo.height(), photo.renditionUrls());
		}

	}

}
