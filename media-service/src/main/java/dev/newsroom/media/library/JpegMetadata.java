package dev.newsroom.media.library;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * How many bytes of a JPEG are metadata: the application segments (EXIF, XMP, ICC
 * profiles, a maker's notes) and comments before its image data. A camera writes some
 * tens of KB, a photo editor some hundreds; megabytes of them are something else riding
 * on a photo.
 */
final class JpegMetadata {

	private static final int START_OF_SCAN = 0xDA;

	private static final int COMMENT = 0xFE;

	private JpegMetadata() {
	}

	/**
	 * The bytes of metadata segments before the first scan; the stream is read up to it.
	 */
	static long size(InputStream jpeg) throws IOException {
		var in = new DataInputStream(jpeg);
		if (in.readUnsignedShort() != 0xFFD8) {
			throw new IOException("not a JPEG");
		}
		long metadata = 0;
		while (true) {
			int marker = nextMarker(in);
			if (marker == START_OF_SCAN) {
				return metadata;
			}
			int length = in.readUnsignedShort() - 2;
			if (length < 0) {
				throw new IOException("a segment shorter than its length field");
			}
			if (marker >= 0xE0 && marker <= 0xEF || marker == COMMENT) {
				metadata += length;
			}
			in.skipNBytes(length);
		}
	}

	/** The next marker's code, past the fill bytes (0xFF) that may precede it. */
	static int nextMarker(DataInputStream in) throws IOException {
		if (in.readUnsignedByte() != 0xFF) {
			throw new IOException("no marker where a segment should start");
		}
		int code;
		do {
			code = in.readUnsignedByte();
		}
		while (code == 0xFF);
		if (code == 0) {
			throw new EOFException("stuffed byte outside the image data");
		}
		return code;
	}

}
