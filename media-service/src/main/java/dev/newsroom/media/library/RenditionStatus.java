package dev.newsroom.media.library;

import java.util.Locale;

/** Whether the renditions an item needs are all made. */
public enum RenditionStatus {

	PENDING, READY,

	/** The photo could not be made smaller; the reason is kept with the item. */
	FAILED;

	/** As the API and {@code media.v1} say it. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
