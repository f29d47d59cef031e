package dev.newsroom.media.library;

import java.text.Normalizer;

/**
 * What an editor writes about a photo or video: the caption under it and the credit
 * ("Ảnh: Lê Minh"). Stored in NFC and stripped, so that text typed on different keyboards
 * compares as equal; an absent text is empty.
 */
public record MediaDescription(String caption, String credit) {

	public MediaDescription {
		caption = clean(caption);
		credit = clean(credit);
	}

	static String clean(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
	}

}
