package dev.newsroom.site.pages;

/**
 * A video: a file of the library, played by the browser, or one of another site, played
 * in its host's player.
 *
 * @param src the file, or null for a video of another site
 * @param embedUrl the host's player, or null for a file
 * @param poster the picture shown before it plays, or null
 * @param duration "3:25", or empty when unknown
 */
public record VideoView(String id, String title, String credit, String src, String contentType, String embedUrl,
		Picture poster, String duration) {
}
