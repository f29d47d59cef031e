package dev.newsroom.contracts.article;

import java.time.Instant;
import java.util.List;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * An article became visible to the public, or its public snapshot changed while
 * published. It carries the whole public snapshot, so the latest one on the compacted
 * topic is all a consumer needs. {@code revision} grows with every change of the article,
 * so a consumer keeps the snapshot with the highest revision and ignores older or
 * repeated ones.
 */
public record ArticlePublished(String eventId, Instant occurredAt, String articleId, long revision, String slug,
		String title, String lead, String section, List<String> tags, Instant publishedAt) implements Event {

	public static final EventType<ArticlePublished> TYPE = new EventType<>("dev.newsroom.article.published.v1",
			ArticlePublished.class);

}
