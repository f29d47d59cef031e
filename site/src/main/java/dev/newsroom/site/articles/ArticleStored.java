package dev.newsroom.site.articles;

/**
 * A publication of an article was handled: its entry is there, with this revision or a
 * newer one. What other parts of the read model keep on the entry for its page, and
 * learned before the entry was there, they copy onto it now.
 */
public record ArticleStored(String articleId) {
}
