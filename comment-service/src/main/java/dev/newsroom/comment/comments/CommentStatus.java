package dev.newsroom.comment.comments;

/** Where a comment is in moderation; only an approved one is public. */
public enum CommentStatus {

	PENDING, APPROVED, REJECTED, SPAM

}
