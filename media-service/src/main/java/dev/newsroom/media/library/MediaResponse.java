package dev.newsroom.media.library;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.newsroom.contracts.media.MediaDescribed.FocalPoint;

/** What the API tells of a media item; the stored document never leaves the service. */
record MediaResponse(String id, String type, String filename, String contentType, long size, Integer width,
		Integer height, String caption, String credit, String alt, List<String> tags, FocalPoint focalPoint, String url,
		Map<String, String> renditions, String status, String statusReason, Instant uploadedAt) {

	static MediaResponse of(MediaItem item) {
		MediaDescription description = item.description();
		return new MediaResponse(item.id(), item.type(), item.filename(), item.contentType(), item.size(), item.width(),
				item.height(), description.caption(), description.credit(), description.alt(), description.tags(),
				item.focalPoint(), item.url(), item.renditionUrls(), item.renditionStatus().key(),
				item.renditionFailure(), item.uploadedAt());
	}

}
