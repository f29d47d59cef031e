package dev.newsroom.article.editorial;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Vietnamese titles to URL slugs: "Đà Nẵng đón 1,2 triệu lượt khách" becomes
 * "da-nang-don-1-2-trieu-luot-khach". Tone and vowel marks go, đ becomes d (it is a
 * letter of its own, not d with a mark, so decomposition alone leaves it), and a long
 * slug is cut after a whole word.
 */
public final class Slugs {

	public static final int MAX_LENGTH = 100;

	/** A hyphen and up to nine digits. */
	private static final int NUMBER_ROOM = 10;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	/** Paths under {@code /api/articles/} that are not articles. */
	private static final Set<String> RESERVED = Set.of("search");

	private Slugs() {
	}

	/** A slug no article may have, as a route of its own is there. */
	public static boolean isReserved(String slug) {
		return RESERVED.contains(slug);
	}

	public static String of(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replace('đ', 'd').replace('Đ', 'D');
		plain = MARKS.matcher(plain).replaceAll("").toLowerCase(Locale.ROOT);
		String slug = NOT_ALPHANUMERIC.matcher(plain).replaceAll("-").replaceAll("^-+|-+$", "");
		return cutAfterWholeWord(slug, MAX_LENGTH);
	}

	/**
	 * What the numbered slugs of a title share, "-n" added: the slug itself, or a long
	 * one cut after a whole word to leave room for any number, so that every number of a
	 * title has the same stem and the slug stays within 100 characters.
	 */
	public static String numberingStem(String slug) {
		return cutAfterWholeWord(slug, MAX_LENGTH - NUMBER_ROOM);
	}

	private static String cutAfterWholeWord(String slug, int length) {
		if (slug.length() <= length) {
			return slug;
		}
		int cut = slug.lastIndexOf('-', length);
		return cut > 0 ? slug.substring(0, cut) : slug.substring(0, length);
	}

}
