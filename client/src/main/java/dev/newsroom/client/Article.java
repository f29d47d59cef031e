package dev.newsroom.client;

import java.time.Instant;
import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** An article as editors see it, drafts included. */
@Serdeable
public record Article(String id, String slug, String title, String lead, String body, String section, List<String> tags,
		String status, long revision, Instant createdAt, Instant updatedAt, Instant publishedAt) {
}
