package dev.newsroom.client;

import java.time.Instant;
import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** A page of a list, newest first; {@code nextCursor} is null on the last. */
@Serdeable
public record ArticlePage(List<Summary> items, String nextCursor) {

	@Serdeable
	public record Summary(String id, String slug, String title, String lead, String section, List<String> tags,
			Instant publishedAt) {
	}

}
