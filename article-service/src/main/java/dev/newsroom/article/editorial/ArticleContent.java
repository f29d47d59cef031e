package dev.newsroom.article.editorial;

import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an editor writes, the body already cleaned. Stored in NFC, so that text typed on
 * different keyboards (a precomposed "ệ" or "e" with two combining marks) compares and
 * searches as equal. Absent text is empty, absent lists are empty: a reader of the
 * snapshot never meets null but for the optional signature and featured image.
 */
public record ArticleContent(String title, String lead, String body, String section, List<String> tags, String byline,
		Signature signature, FeaturedImage featuredImage, List<String> gallery, List<String> videos,
		List<String> related, String seoTitle, String seoDescription, String source) {

	public ArticleContent {
		title = text(title);
		lead = text(lead);
		body = nfc(Objects.requireNonNullElse(body, ""));
		section = text(section);
		tags = tags == null ? List.of()
				: tags.stream().map(ArticleContent::text).filter(tag -> !tag.isEmpty()).distinct().toList();
		byline = text(byline);
		gallery = ids(gallery);
		videos = ids(videos);
		related = ids(related);
		seoTitle = text(seoTitle);
		seoDescription = text(seoDescription);
		source = text(source);
	}

	/** Nothing written yet: what a first draft's changes are counted from. */
	static final ArticleContent EMPTY = new ArticleContent(null, null, null, null, null, null, null, null, null, null,
			null, null, null, null);

	/** The names of the fields whose values differ from {@code before}'s. */
	List<String> changedSince(ArticleContent before) {
		List<String> changed = new ArrayList<>();
		for (RecordComponent field : ArticleContent.class.getRecordComponents()) {
			if (!Objects.equals(valueOf(field, this), valueOf(field, before))) {
				changed.add(field.getName());
			}
		}
		return changed;
	}

	private static Object valueOf(RecordComponent field, ArticleContent content) {
		try {
			return field.getAccessor().invoke(content);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("A record's accessor is always callable", ex);
		}
	}

	/** The author's block at the end of the article. */
	public record Signature(String name, String position) {

		public Signature {
			name = text(name);
			position = text(position);
		}

	}

	/**
	 * The photo at the top; {@code caption} and {@code credit}, when not empty, override
	 * the media item's for this article.
	 */
	public record FeaturedImage(String mediaId, String caption, String credit) {

		public FeaturedImage {
			Objects.requireNonNull(mediaId, "mediaId");
			caption = text(caption);
			credit = text(credit);
		}

	}

	private static List<String> ids(List<String> ids) {
		return ids == null ? List.of() : ids.stream().map(String::strip).distinct().toList();
	}

	private static String text(String text) {
		return text == null ? "" : nfc(text).strip();
	}

	private static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
