package dev.newsroom.article.editorial;

import java.text.Normalizer;
import java.util.List;

/**
 * What an editor writes. Stored in NFC, so that text typed on different keyboards (a
 * precomposed "ệ" or "e" with two combining marks) compares and searches as equal.
 */
public record ArticleContent(String title, String lead, String body, String section, List<String> tags) {

	public ArticleContent {
		title = nfc(title).strip();
		lead = lead == null ? "" : nfc(lead).strip();
		body = nfc(body);
		section = nfc(section).strip();
		tags = tags == null ? List.of()
				: tags.stream().map(tag -> nfc(tag).strip()).filter(tag -> !tag.isEmpty()).distinct().toList();
	}

	private static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
