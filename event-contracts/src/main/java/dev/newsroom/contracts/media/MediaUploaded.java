package dev.newsroom.contracts.media;

import java.time.Instant;

/** A photo or video was stored and can be served from {@code url}. */
public record MediaUploaded(String eventId, Instant occurredAt, String mediaId, String contentType, long size,
		String caption, String credit, String url) {

	public static final String TYPE = "dev.newsroom.media.uploaded.v1";

}
