package dev.newsroom.client;

import java.time.Instant;
import java.util.Map;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A photo or video of the library. {@code type} is {@code image}, {@code video} or
 * {@code embed} (a video of another site, played from {@code embedUrl}); a photo's
 * {@code renditions} are the smaller copies made so far, by name, and {@code status} says
 * whether all are made ({@code pending}, {@code ready}, {@code failed}).
 */
@Serdeable
public record Media(String id, String type, String filename, String contentType, long size, Integer width,
		Integer height, Double duration, String caption, String credit, String alt, String url, String embedUrl,
		Map<String, String> renditions, String status, Instant uploadedAt) {
}
