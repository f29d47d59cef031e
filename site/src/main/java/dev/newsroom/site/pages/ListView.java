package dev.newsroom.site.pages;

import java.util.List;

/**
 * A page of a list of articles: a section, a tag, a month of the archive, search results.
 *
 * @param query what was searched for, or null on other lists
 * @param previousHref the newer page, or null on the first
 * @param nextHref the older page, or null on the last
 */
public record ListView(String heading, String query, List<Teaser> items, int page, String previousHref,
		String nextHref) {
}
