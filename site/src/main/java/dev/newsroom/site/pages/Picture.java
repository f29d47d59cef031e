package dev.newsroom.site.pages;

/**
 * A photo as an {@code img} shows it: the renditions in {@code srcset}, so that a phone
 * loads 640 pixels and a desktop 1024.
 *
 * @param srcset empty when the photo has no renditions yet
 */
public record Picture(String src, String srcset, String alt, Integer width, Integer height) {
}
