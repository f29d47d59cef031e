package dev.newsroom.client;

import java.time.Instant;
import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ArticlePage(List<Summary> items, int page, int size, boolean hasNext) {

	@Serdeable
	public record Summary(String id, String slug, String title, String lead, String section, List<String> tags,
			Instant publishedAt) {
	}

}
