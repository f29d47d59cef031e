package dev.newsroom.comment.submitting;

import java.util.Locale;

import dev.newsroom.comment.comments.CommentText;
import dev.newsroom.web.text.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a reader sends: plain text only, with line breaks kept in the comment; the e-mail
 * is optional and for the editors alone; the challenge is the solved proof of work.
 */
record CommentForm(@NotBlank @Size(max = 64) String articleId, @NotBlank @Size(max = 80) @PlainText String name,
		@Email @Size(max = 254) String email, @NotBlank @Size(max = 4000) @PlainText(multiline = true) String content,
		@NotBlank @Size(max = 4096) String challenge) {

	/** As it is stored. */
	CommentForm normalized() {
		return new CommentForm(articleId.strip(), CommentText.name(name),
				email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT),
				CommentText.content(content), challenge);
	}

}
