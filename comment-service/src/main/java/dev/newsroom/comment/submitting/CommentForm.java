package dev.newsroom.comment.submitting;

import java.text.Normalizer;

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

	/**
	 * As it is stored: NFC, trimmed, one kind of line break, no more than one blank line.
	 */
	CommentForm normalized() {
		return new CommentForm(articleId.strip(), nfc(name).strip().replaceAll("\\s+", " "),
				email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT),
				nfc(content).replace("\r\n", "\n")
					.replace('\r', '\n')
					.replaceAll("[ \t]+\n", "\n")
					.replaceAll("\n{3,}", "\n\n")
					.strip(),
				challenge);
	}

	private static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
