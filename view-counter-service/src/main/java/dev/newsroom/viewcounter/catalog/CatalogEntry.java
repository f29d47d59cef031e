package dev.newsroom.viewcounter.catalog;

/** A published article as the lists show it. */
public record CatalogEntry(String articleId, String slug, String title, String section) {
}
