package dev.newsroom.site.pages;

/** A whole page: its head, what surrounds it, and its own content. */
public record Page<T>(Head head, Chrome chrome, T content) {
}
