package dev.newsroom.site.pages;

import java.util.List;

import dev.newsroom.site.editorial.Link;

/**
 * The article page's own content.
 *
 * @param date "16/10/2020", on the readers' calendar
 * @param body the cleaned HTML and the photos, in order
 * @param signatureName in capitals, as a signature is printed
 * @param tags each with its tag page
 */
public record ArticleView(String id, String title, String date, String isoDate, long views, String lead, String section,
		String sectionHref, Figure featured, List<Segment> body, String byline, String signatureName,
		String signaturePosition, String source, List<Teaser> related, List<Figure> gallery, List<VideoView> videos,
		List<Link> tags, List<ReaderComment> comments, long commentCount) {

	/**
	 * An approved comment ("Ý kiến bạn đọc").
	 *
	 * @param time "08:30 16/10/2020", on the readers' calendar
	 * @param lines the text, a line at a time, each escaped where it is shown
	 */
	public record ReaderComment(String name, String time, String isoTime, List<String> lines) {
	}

	/** Cleaned HTML, or a photo of the library. */
	public record Segment(String html, Figure figure) {
	}

}
