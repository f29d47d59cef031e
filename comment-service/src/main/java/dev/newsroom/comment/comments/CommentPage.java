package dev.newsroom.comment.comments;

import java.util.List;

/** A page of comments, the oldest first, and the cursor of the next if there is one. */
public record CommentPage(List<Comment> comments, String next) {
}
