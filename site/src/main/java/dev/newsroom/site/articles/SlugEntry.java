package dev.newsroom.site.articles;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An address an article has or had: article-service never gives a slug to two articles,
 * so each slug names one article for good, and one it no longer has redirects to the one
 * it has. Kept by key, so that finding an article by its address reads no other.
 */
@Document("slugs")
record SlugEntry(@Id String slug, @Indexed String articleId) {
}
