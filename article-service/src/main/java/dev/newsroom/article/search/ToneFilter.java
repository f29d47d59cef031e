package dev.newsroom.article.search;

import java.io.IOException;
import java.text.Normalizer;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes a Vietnamese syllable as its letters, then {@code #} and its tone mark: "hòa"
 * and "hoà" both become {@code hoa#} and a grave accent, "thúy" and "thuý" {@code thuy#}
 * and an acute one. A syllable has one tone, and which vowel carries its mark is a matter
 * of spelling style (old and new placement both live on), so the letters (with ă, â, ê,
 * ô, ơ, ư, đ kept) and the tone are what the word is. Tokens must be lower case already.
 */
final class ToneFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final StringBuilder letters = new StringBuilder();

	private final StringBuilder tones = new StringBuilder();

	ToneFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		if (isAscii(term)) {
			return true;
		}
		letters.setLength(0);
		tones.setLength(0);
		String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD);
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			(isTone(c) ? tones : letters).append(c);
		}
		if (tones.isEmpty()) {
			return true;
		}
		term.setEmpty().append(Normalizer.normalize(letters, Normalizer.Form.NFC)).append('#').append(tones);
		return true;
	}

	/** Grave (huyền), acute (sắc), tilde (ngã), hook above (hỏi), dot below (nặng). */
	static boolean isTone(char c) {
		return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
	}

	private static boolean isAscii(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 0x7f) {
				return false;
			}
		}
		return true;
	}

}
