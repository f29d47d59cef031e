package dev.newsroom.contracts.comment;

import java.time.Instant;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * An editor's decision on a comment: {@code APPROVED}, {@code REJECTED} or {@code SPAM},
 * with who took it; the record of moderation, whatever it made public.
 */
public record CommentModerated(String eventId, Instant occurredAt, String commentId, String articleId, String decision,
		String moderator) implements Event {

	public static final EventType<CommentModerated> TYPE = new EventType<>("dev.newsroom.comment.moderated.v1",
			CommentModerated.class);

}
