package dev.newsroom.contracts.comment;

import java.time.Instant;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * A reader's comment an editor approved, as the public sees it: the whole snapshot, so
 * that the latest record of its key is all a page needs. The e-mail a reader may give is
 * never in it.
 */
public record CommentApproved(String eventId, Instant occurredAt, String commentId, String articleId, long revision,
		String name, String content, Instant postedAt) implements Event {

	public static final EventType<CommentApproved> TYPE = new EventType<>("dev.newsroom.comment.approved.v1",
			CommentApproved.class);

}
