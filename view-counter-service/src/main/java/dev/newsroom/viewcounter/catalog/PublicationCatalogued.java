package dev.newsroom.viewcounter.catalog;

/**
 * The catalogue has just recorded an article as published: views held until it knew the
 * article can be counted now.
 */
public record PublicationCatalogued(String articleId) {
}
