package dev.newsroom.site.pages;

import java.util.List;

import dev.newsroom.site.editorial.Link;
import dev.newsroom.site.widgets.Widgets;

/**
 * What every page has around its content: the site's name, the menu and the side column.
 *
 * @param mostRead the most-read articles of the week
 * @param gallery the latest gallery, or null when there is none
 * @param widgets exchange rates and weather, as last fetched
 */
public record Chrome(String siteName, List<Link> menu, List<Teaser> mostRead, GalleryTeaser gallery,
		List<VideoView> videos, List<Link> links, Widgets widgets, String assetVersion) {
}
