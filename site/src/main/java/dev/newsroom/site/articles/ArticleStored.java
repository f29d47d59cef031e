package dev.newsroom.site.articles;

/**
 * An article's publication was stored: what other parts of the read model keep on the
 * article's entry for its page, and learned before the entry was there, they copy onto it
 * now.
 */
public record ArticleStored(String articleId) {
}
