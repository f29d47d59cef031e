package dev.newsroom.site.articles;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names folded for addresses and matching: "Thời sự" is {@code thoi-su}, and a reader who
 * types without tone marks finds the words that have them. đ is a letter of its own, not
 * d with a mark, so decomposition alone would keep it.
 */
public final class Keys {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Keys() {
	}

	/** Lower case, without tone or vowel marks. */
	public static String fold(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replace('đ', 'd').replace('Đ', 'D');
		return MARKS.matcher(plain).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/** The key of a section or tag in an address: {@code thoi-su}. */
	public static String of(String name) {
		return NOT_ALPHANUMERIC.matcher(fold(name)).replaceAll("-").replaceAll("^-+|-+$", "");
	}

	/** The folded words of a text, in order, repeats kept. */
	public static String[] words(String text) {
		String folded = NOT_ALPHANUMERIC.matcher(fold(text)).replaceAll(" ").trim();
		return folded.isEmpty() ? new String[0] : folded.split(" ");
	}

}
