package dev.newsroom.media.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The smaller copies made of every photo, for {@code srcset}: four widths, never wider
 * than the original, and a 16:9 crop around the focal point for cards and social
 * previews.
 */
public enum Rendition {

	W320(320), W640(640), W1024(1024), W1600(1600),

	/** At most this wide: a crop of a smaller photo keeps the photo's own pixels. */
	CROP16X9(1600);

	private final int width;

	Rendition(int width) {
		this.width = width;
	}

	/** Its name in URLs and events: {@code w320}, …, {@code crop16x9}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public int width() {
		return width;
	}

	public boolean isCrop() {
		return this == CROP16X9;
	}

	public static Optional<Rendition> named(String key) {
		return Arrays.stream(values()).filter(rendition -> rendition.key().equals(key)).findFirst();
	}

}
