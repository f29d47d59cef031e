package dev.newsroom.site.articles;

/**
 * A piece of an article's body: cleaned HTML as article-service stored it, or a photo of
 * the library, which the page shows with the photo's current renditions, caption and
 * credit (a caption edited once changes in every article).
 *
 * @param html the HTML of this piece, or null for a photo
 * @param mediaId the photo's id, or null for HTML
 * @param caption the caption the article gave the photo in the body, or null for the
 * photo's own
 */
public record BodyPart(String html, String mediaId, String caption) {

	static BodyPart html(String html) {
		return new BodyPart(html, null, null);
	}

	static BodyPart photo(String mediaId, String caption) {
		return new BodyPart(null, mediaId, caption);
	}

	public boolean isPhoto() {
		return mediaId != null;
	}

}
