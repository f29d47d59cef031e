package dev.newsroom.client;

import java.time.Instant;
import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A reader's comment as editors see it: with the e-mail its author gave, and why the spam
 * rules suspect it, if they do.
 *
 * @param status {@code PENDING}, {@code APPROVED}, {@code REJECTED} or {@code SPAM}
 * @param version moved by every decision and correction: a decision taken on this copy is
 * refused if another editor has moved it since
 */
@Serdeable
public record ModeratedComment(String id, String articleId, String name, String email, String content, String status,
		boolean likelySpam, List<String> spamSignals, Instant postedAt, Instant decidedAt, String decidedBy,
		long version) {

	/** A page of comments, the oldest first; {@code next} is null on the last. */
	@Serdeable
	public record Page(List<ModeratedComment> comments, String next) {
	}

}
