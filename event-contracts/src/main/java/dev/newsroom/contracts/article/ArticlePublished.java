package dev.newsroom.contracts.article;

import java.time.Instant;
import java.util.List;

/**
 * An article became visible to the public, or its public snapshot changed while
 * published. {@code revision} grows with every change of the article, so a consumer keeps
 * the snapshot with the highest revision and ignores older or repeated ones.
 */
public record ArticlePublished(String eventId, Instant occurredAt, String articleId, long revision, String slug,
		String title, String lead, String section, List<String> tags, Instant publishedAt) {

	public static final String TYPE = "dev.newsroom.article.published.v1";

}
