package dev.newsroom.site.pages;

import java.util.List;

/** A gallery's page: every photo with its caption and credit. */
public record GalleryView(String title, String date, List<Figure> photos) {
}
