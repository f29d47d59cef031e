package dev.newsroom.comment.comments;

import java.text.Normalizer;

/**
 * A comment's text as it is stored, whoever wrote it: NFC, one kind of line break, no
 * spaces at the ends of lines, at most one blank line in a row. Text of nothing but
 * spaces and invisible characters (a no-break space, a zero-width space) is blank.
 */
public final class CommentText {

	private CommentText() {
	}

	public static String content(String text) {
		return nfc(text).replace("\r\n", "\n")
			.replace('\r', '\n')
			.replaceAll("[\\h\\p{Cf}]+\n", "\n")
			.replaceAll("\n{3,}", "\n\n")
			.strip();
	}

	/** On one line, each run of spaces one space. */
	public static String name(String text) {
		return nfc(text).replaceAll("[\\s\\h\\p{Cf}]+", " ").strip();
	}

	public static boolean isBlank(String text) {
		return text.codePoints()
			.allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
					|| Character.getType(c) == Character.FORMAT);
	}

	private static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
