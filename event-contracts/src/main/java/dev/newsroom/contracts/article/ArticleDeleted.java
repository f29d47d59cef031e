package dev.newsroom.contracts.article;

import java.time.Instant;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * An article is gone for good. A tombstone (the article id with no value) follows it, so
 * that compaction removes every record of the article from {@code articles.v1}.
 */
public record ArticleDeleted(String eventId, Instant occurredAt, String articleId, long revision) implements Event {

	public static final EventType<ArticleDeleted> TYPE = new EventType<>("dev.newsroom.article.deleted.v1",
			ArticleDeleted.class);

}
