package dev.newsroom.media.library;

/** The kinds of file the library accepts, each with the content type it is served as. */
public enum MediaFormat {

	JPEG("image/jpeg"), PNG("image/png"), GIF("image/gif"), WEBP("image/webp"), MP4("video/mp4"), WEBM("video/webm");

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

}
