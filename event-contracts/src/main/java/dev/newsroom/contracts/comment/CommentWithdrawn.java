package dev.newsroom.contracts.comment;

import java.time.Instant;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * An approved comment was rejected, marked as spam or deleted: it is no longer shown. A
 * tombstone of its key follows, so that compaction forgets it.
 */
public record CommentWithdrawn(String eventId, Instant occurredAt, String commentId, String articleId,
		long revision) implements Event {

	public static final EventType<CommentWithdrawn> TYPE = new EventType<>("dev.newsroom.comment.withdrawn.v1",
			CommentWithdrawn.class);

}
