package dev.newsroom.client;

import java.time.Instant;
import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** An article as visitors see it. */
@Serdeable
public record PublishedArticle(String id, String slug, String title, String lead, String body, String section,
		List<String> tags, Instant publishedAt, long viewCount) {
}
