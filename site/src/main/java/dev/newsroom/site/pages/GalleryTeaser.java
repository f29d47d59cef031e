package dev.newsroom.site.pages;

import java.util.List;

/** A gallery in a list: its title, link, the first photos and how many it has. */
public record GalleryTeaser(String title, String href, List<Picture> photos, int count, String date) {
}
