package dev.newsroom.contracts.article;

import java.time.Instant;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * A published article was taken off the public site; it may be published again later with
 * a higher {@code revision}.
 */
public record ArticleUnpublished(String eventId, Instant occurredAt, String articleId, long revision,
		String slug) implements Event {

	public static final EventType<ArticleUnpublished> TYPE = new EventType<>("dev.newsroom.article.unpublished.v1",
			ArticleUnpublished.class);

}
