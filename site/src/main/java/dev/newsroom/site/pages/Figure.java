package dev.newsroom.site.pages;

/**
 * A photo with its caption and credit ("Ảnh: Đăng Vũ").
 *
 * @param credit empty when the photo has none
 */
public record Figure(Picture picture, String caption, String credit) {
}
