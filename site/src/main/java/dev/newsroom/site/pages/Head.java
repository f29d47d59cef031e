package dev.newsroom.site.pages;

/**
 * What a page tells search engines and the sites it is shared on.
 *
 * @param imageUrl an absolute URL of the sharing picture, or null
 * @param type {@code website} or {@code article}
 * @param jsonLd structured data, already safe inside a {@code script} element, or null
 */
public record Head(String title, String description, String canonicalUrl, String imageUrl, String type, String jsonLd,
		String lang) {
}
