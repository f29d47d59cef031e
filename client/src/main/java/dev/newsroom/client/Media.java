package dev.newsroom.client;

import java.time.Instant;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record Media(String id, String filename, String contentType, long size, String caption, String credit,
		String url, Instant uploadedAt) {
}
