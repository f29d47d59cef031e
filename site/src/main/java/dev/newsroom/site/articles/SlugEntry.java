package dev.newsroom.site.articles;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An address an article has or had: article-service never gives a slug to two articles,
 * so an address it no longer has redirects to the one it has. An article is found by its
 * current address through its entry's index; this is read for the others.
 */
@Document("slugs")
record SlugEntry(@Id String slug, @Indexed String articleId) {
}
