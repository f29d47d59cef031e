package dev.newsroom.media.library;

import java.text.Normalizer;
import java.util.List;

/**
 * What an editor writes about a photo or video: the caption under it, the credit ("Ảnh:
 * Lê Minh"), the text that stands for it where it cannot be seen, and tags to find it by.
 * Stored in NFC and stripped, so that text typed on different keyboards compares as
 * equal; an absent text is empty, and a tag is kept once.
 */
public record MediaDescription(String caption, String credit, String alt, List<String> tags) {

	public MediaDescription {
		caption = clean(caption);
		credit = clean(credit);
		alt = clean(alt);
		tags = tags == null ? List.of() : tags.stream().map(MediaDescription::clean).distinct().toList();
	}

	/** This description with the parts the changes set; what they leave null stays. */
	MediaDescription with(MediaItem.Changes changes) {
		return new MediaDescription(changes.caption() != null ? changes.caption() : caption,
				changes.credit() != null ? changes.credit() : credit, changes.alt() != null ? changes.alt() : alt,
				changes.tags() != null ? changes.tags() : tags);
	}

	/** In NFC and stripped; null is empty. */
	public static String clean(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
	}

}
