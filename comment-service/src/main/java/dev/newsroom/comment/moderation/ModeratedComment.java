package dev.newsroom.comment.moderation;

import java.time.Instant;
import java.util.List;

import dev.newsroom.comment.comments.Comment;

/**
 * A comment as moderators see it: with the e-mail its author gave, why the spam rules
 * suspect it, and every earlier text, the first being what the reader sent. Its
 * {@code version} is what its ETag names, for a decision taken from the queue.
 */
record ModeratedComment(String id, String articleId, String name, String email, String content, String status,
		boolean likelySpam, List<String> spamSignals, List<EarlierText> revisions, Instant postedAt, Instant decidedAt,
		String decidedBy, long version) {

	static ModeratedComment of(Comment comment) {
		return new ModeratedComment(comment.id(), comment.articleId(), comment.name(), comment.email(),
				comment.content(), comment.status().name(), !comment.spamSignals().isEmpty(), comment.spamSignals(),
				comment.revisions()
					.stream()
					.map(earlier -> new EarlierText(earlier.content(), earlier.editedBy(), earlier.editedAt()))
					.toList(),
				comment.postedAt(), comment.decidedAt(), comment.decidedBy(), comment.changes());
	}

	/** A text the comment had, and who replaced it when. */
	record EarlierText(String content, String editedBy, Instant editedAt) {
	}

	/** A page of the queue and the cursor of the next. */
	record Page(List<ModeratedComment> comments, String next) {
	}

}
