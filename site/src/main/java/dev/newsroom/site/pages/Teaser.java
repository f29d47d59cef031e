package dev.newsroom.site.pages;

/**
 * An article in a list: its title and link, the date, and the lead and a picture where
 * the list shows them.
 *
 * @param picture null when the article has no featured photo
 */
public record Teaser(String title, String href, String lead, String date, Picture picture, String section,
		String sectionHref) {
}
