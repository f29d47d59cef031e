package dev.newsroom.contracts.article;

import java.time.Instant;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * An article moved in the newsroom without changing what the public sees: submitted for
 * review ({@code IN_REVIEW}), scheduled ({@code SCHEDULED}, with {@code publishAt}),
 * taken back from the schedule, or archived ({@code ARCHIVED}). Publishing, unpublishing
 * and deleting have events of their own. Readers of the public site can ignore it.
 */
public record ArticleWorkflowChanged(String eventId, Instant occurredAt, String articleId, long revision, String status,
		Instant publishAt) implements Event {

	public static final EventType<ArticleWorkflowChanged> TYPE = new EventType<>(
			"dev.newsroom.article.workflow-changed.v1", ArticleWorkflowChanged.class);

}
