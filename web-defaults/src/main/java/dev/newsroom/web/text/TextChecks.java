package dev.newsroom.web.text;

import java.util.regex.Pattern;

/** What the text constraints look for. */
final class TextChecks {

	/**
	 * A tag, an end tag, a comment, a declaration or a processing instruction, as a
	 * browser reads them: "<" right before a letter or one of "/!?"; "a < b" is text.
	 */
	private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!?]");

	private TextChecks() {
	}

	static boolean isWellFormed(CharSequence text, boolean lineBreaksAllowed) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				int codePoint = Character.toCodePoint(c, text.charAt(++i));
				if ((codePoint & 0xFFFE) == 0xFFFE) {
					return false;
				}
				continue;
			}
			if (Character.isSurrogate(c) || isNoncharacter(c) || isForbiddenControl(c, lineBreaksAllowed)) {
				return false;
			}
		}
		return true;
	}

	static boolean holdsMarkup(CharSequence text) {
		return MARKUP.matcher(text).find();
	}

	private static boolean isForbiddenControl(char c, boolean lineBreaksAllowed) {
		if (c == '\n' || c == '\r') {
			return !lineBreaksAllowed;
		}
		if (c == '\t') {
			return false;
		}
		// C0, DEL and C1; also the line and paragraph separators, which break lines
		// where no one sees a break
		return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
	}

	private static boolean isNoncharacter(char c) {
		return (c >= '\uFDD0' && c <= '\uFDEF') || c == '\uFFFE' || c == '\uFFFF';
	}

}
