package dev.newsroom.comment.submitting;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Why a comment may be spam: more links than a reader's opinion needs, or a word editors
 * have blocked. Words match whatever the tone marks and case, as readers type them with
 * or without.
 */
final class SpamRules {

	private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private final int maxLinks;

	private final List<String> blocked;

	SpamRules(int maxLinks, List<String> blockedWords) {
		this.maxLinks = maxLinks;
		this.blocked = blockedWords.stream().map(SpamRules::fold).filter(word -> !word.isBlank()).toList();
	}

	List<String> signals(String name, String content) {
		List<String> signals = new ArrayList<>();
		long links = LINK.matcher(content).results().count() + LINK.matcher(name).results().count();
		if (links > maxLinks) {
			signals.add(links + " links");
		}
		String text = " " + fold(name) + " " + fold(content) + " ";
		for (String word : blocked) {
			if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
				.matcher(text)
				.find()) {
				signals.add("blocked word: " + word);
			}
		}
		return signals;
	}

	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

}
