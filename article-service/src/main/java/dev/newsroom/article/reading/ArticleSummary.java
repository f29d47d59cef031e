package dev.newsroom.article.reading;

import java.time.Instant;
import java.util.List;

import dev.newsroom.article.editorial.ArticleContent;

import org.springframework.data.annotation.Id;

/**
 * An article in a list: what a teaser shows, read from the database without the body, the
 * revisions or the outbox.
 */
record ArticleSummary(@Id String id, String slug, Content content, Instant publishedAt, Instant updatedAt) {

	static final String[] FIELDS = { "slug", "content.title", "content.lead", "content.section", "content.tags",
			"content.featuredImage", "publishedAt", "updatedAt" };

	record Content(String title, String lead, String section, List<String> tags,
			ArticleContent.FeaturedImage featuredImage) {
	}

	Cursor cursor() {
		return new Cursor(publishedAt, id);
	}

}
