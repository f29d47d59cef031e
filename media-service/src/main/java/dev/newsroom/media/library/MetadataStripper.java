package dev.newsroom.media.library;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;

/**
 * Copies a photo without what its camera or editor wrote about it: EXIF (where it was
 * taken, to the metre, and with what), XMP, IPTC and comments. A newsroom's photos are
 * served as they are stored, and the place a source was photographed is not the public's
 * to read. The pixels are copied byte for byte, and so is what a browser needs to show
 * them right: JFIF, the ICC colour profile, Adobe's colour transform. Other formats are
 * copied as they are.
 */
final class MetadataStripper {

	/**
	 * APP0 (JFIF), APP2 (ICC profile) and APP14 (Adobe): how the pixels are to be read.
	 */
	private static final Set<Integer> KEPT_JPEG_SEGMENTS = Set.of(0xE0, 0xE2, 0xEE);

	private static final int START_OF_SCAN = 0xDA;

	private static final int COMMENT = 0xFE;

	/** PNG chunks of text, EXIF and the time of the last change. */
	private static final Set<String> DROPPED_PNG_CHUNKS = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

	/** Larger than any chunk of a photo within the upload limit. */
	private static final int MAX_PNG_CHUNK = 64 * 1024 * 1024;

	private MetadataStripper() {
	}

	static void copy(MediaFormat format, InputStream in, OutputStream out) throws IOException {
		switch (format) {
			case JPEG -> jpeg(new DataInputStream(in), out);
			case PNG -> png(new DataInputStream(in), out);
			default -> in.transferTo(out);
		}
	}

	/** Segment by segment up to the image data, which is copied whole. */
	private static void jpeg(DataInputStream in, OutputStream out) throws IOException {
		out.write(in.readNBytes(2));
		while (true) {
			int marker = JpegMetadata.nextMarker(in);
			if (marker == START_OF_SCAN) {
				out.write(0xFF);
				out.write(marker);
				in.transferTo(out);
				return;
			}
			int length = in.readUnsignedShort();
			byte[] data = in.readNBytes(length - 2);
			boolean metadata = marker >= 0xE0 && marker <= 0xEF && !KEPT_JPEG_SEGMENTS.contains(marker)
					|| marker == COMMENT;
			if (!metadata) {
				out.write(0xFF);
				out.write(marker);
				out.write(length >> 8);
				out.write(length & 0xFF);
				out.write(data);
			}
		}
	}

	/** Chunk by chunk, each whole with its checksum, but the dropped ones. */
	private static void png(DataInputStream in, OutputStream out) throws IOException {
		out.write(in.readNBytes(8));
		while (true) {
			int length = in.readInt();
			byte[] type = in.readNBytes(4);
			// a decoder that had what it needed may not have read as far as this chunk
			if (length < 0 || length > MAX_PNG_CHUNK) {
				throw new ImageInspector.UnreadableImage(
						"is not a whole PNG image: a chunk declares " + length + " bytes");
			}
			byte[] rest = in.readNBytes(length + 4);
			if (rest.length < length + 4) {
				throw new ImageInspector.UnreadableImage("is not a whole PNG image: a chunk runs past its end");
			}
			String name = new String(type, java.nio.charset.StandardCharsets.US_ASCII);
			if (!DROPPED_PNG_CHUNKS.contains(name)) {
				out.write(new byte[] { (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8),
						(byte) length });
				out.write(type);
				out.write(rest);
			}
			if (name.equals("IEND")) {
				return;
			}
		}
	}

}
