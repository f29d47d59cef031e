package dev.newsroom.site.comments;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reader's comment as {@code comments.v1} last showed it; {@code shown} is false once
 * it was withdrawn, until its tombstone removes it.
 */
@Document("comments")
@CompoundIndex(name = "by_article", def = "{'articleId': 1, 'shown': 1, 'postedAt': 1, '_id': 1}")
public record CommentEntry(@Id String id, String articleId, long revision, boolean shown, String name, String content,
		Instant postedAt) {
}
