package dev.newsroom.site.pages;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A page of a list that is not of articles (galleries, videos), 20 a page.
 *
 * @param previousHref the newer page, or null on the first
 * @param nextHref the older page, or null on the last
 */
public record Paged<T>(List<T> items, int page, String previousHref, String nextHref) {

	/**
	 * Asks for one more than a page to know whether there is a next; a page past the last
	 * is no page.
	 * @param query the items from an offset, at most so many
	 */
	static <T> Optional<Paged<T>> of(String path, int page, BiFunction<Integer, Integer, List<T>> query) {
		List<T> found = query.apply((page - 1) * ListPages.PAGE_SIZE, ListPages.PAGE_SIZE + 1);
		return found.isEmpty() && page > 1 ? Optional.empty() : Optional.of(of(path, page, found));
	}

	/**
	 * @param found the page's items and, if there is a next page, one more
	 */
	static <T> Paged<T> of(String path, int page, List<T> found) {
		boolean more = found.size() > ListPages.PAGE_SIZE && page < ListPages.LAST_PAGE;
		return new Paged<>(found.stream().limit(ListPages.PAGE_SIZE).toList(), page,
				page > 1 ? Paths.page(path, page - 1) : null, more ? Paths.page(path, page + 1) : null);
	}

}
