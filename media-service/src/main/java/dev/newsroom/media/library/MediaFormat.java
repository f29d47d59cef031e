package dev.newsroom.media.library;

/**
 * The kinds of file the library accepts, each with the content type it is served as, and
 * a video of another site, embedded: a player page, with no bytes here.
 */
public enum MediaFormat {

	JPEG("image/jpeg"), PNG("image/png"), GIF("image/gif"), WEBP("image/webp"), MP4("video/mp4"), WEBM("video/webm"),

	EMBED("text/html");

	private final String contentType;

	MediaFormat(String contentType) {
		this.contentType = contentType;
	}

	public String contentType() {
		return contentType;
	}

	public boolean isImage() {
		return contentType.startsWith("image/");
	}

	/** A video file, or a video of another site. */
	public boolean isVideo() {
		return !isImage();
	}

	/** {@code image}, {@code video} or {@code embed}. */
	public String type() {
		return this == EMBED ? "embed" : isImage() ? "image" : "video";
	}

}
