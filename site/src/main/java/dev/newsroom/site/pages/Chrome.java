package dev.newsroom.site.pages;

import java.util.List;

import dev.newsroom.site.editorial.Link;

/**
 * What every page has around its content: the site's name, the menu and the side column.
 *
 * @param mostRead the most-read articles of the week
 * @param gallery the latest gallery, or null when there is none
 */
public record Chrome(String siteName, List<Link> menu, List<Teaser> mostRead, GalleryTeaser gallery,
		List<VideoView> videos, List<Link> links, String assetVersion) {
}
