package dev.newsroom.media.library;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;

/**
 * Copies a photo without what its camera or editor wrote about it: EXIF (where it was
 * taken, to the metre, and with what), XMP, IPTC and comments. A newsroom's photos are
 * served as they are stored, and the place a source was photographed is not the public's
 * to read. The pixels are copied byte for byte, and so is what a browser needs to show
 * them right: JFIF, the ICC colour profile, Adobe's colour transform. A WebP loses its
 * EXIF and XMP chunks. An MP4 keeps every byte where it is (its index points into the
 * file by offset), but its user data and metadata boxes, where phones write the place a
 * video was taken, become {@code free} boxes of zeros. GIF has no such metadata; WebM
 * files are copied as they are.
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

	/**
	 * The WebP chunks of the picture: its kinds of image data, alpha, animation and
	 * colour profile. Any other (EXIF, XMP, or one no decoder knows) is dropped.
	 */
	private static final Set<String> KEPT_WEBP_CHUNKS = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");

	/** The VP8X flags that announce EXIF and XMP chunks. */
	private static final int WEBP_EXIF_AND_XMP_FLAGS = 0x08 | 0x04;

	/** MP4 boxes that hold what the camera wrote: user data, metadata. */
	private static final Set<String> DROPPED_MP4_BOXES = Set.of("udta", "meta");

	/** The boxes inside the movie header that may hold dropped ones. */
	private static final Set<String> MP4_CONTAINERS = Set.of("moov", "trak", "mdia", "minf");

	/** XMP in a box of its own, at the top of the file. */
	private static final String XMP_UUID = "be7acfcb97a942e89c71999491e3afac";

	/**
	 * Larger than the movie header of any video within the upload limit (a two-hour
	 * film's sample tables take a few megabytes); a header is held in memory while it is
	 * blanked.
	 */
	private static final int MAX_MP4_HEADER = 16 * 1024 * 1024;

	private MetadataStripper() {
	}

	static void copy(MediaFormat format, InputStream in, OutputStream out) throws IOException {
		switch (format) {
			case JPEG -> jpeg(new DataInputStream(in), out);
			case PNG -> png(new DataInputStream(in), out);
			case WEBP -> webp(in.readAllBytes(), out);
			case MP4 -> mp4(new DataInputStream(in), out);
			default -> in.transferTo(out);
		}
	}

	/**
	 * Chunk by chunk, only those of the picture, with a RIFF size and VP8X flags that say
	 * so. A photo is within the image limit, so it is read whole.
	 */
	private static void webp(byte[] webp, OutputStream out) throws IOException {
		ByteBuffer in = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
		var kept = new ByteArrayOutputStream(webp.length);
		int position = 12;
		while (position + 8 <= webp.length) {
			String name = new String(webp, position, 4, StandardCharsets.US_ASCII);
			long size = Integer.toUnsignedLong(in.getInt(position + 4));
			long end = position + 8 + size + (size & 1);
			if (position + 8 + size > webp.length || name.equals("VP8X") && size < 10) {
				throw new ImageInspector.UnreadableImage("is not a whole WebP image: a chunk runs past its end");
			}
			if (KEPT_WEBP_CHUNKS.contains(name)) {
				byte[] chunk = Arrays.copyOfRange(webp, position, (int) Math.min(end, webp.length));
				if (name.equals("VP8X")) {
					chunk[8] &= (byte) ~WEBP_EXIF_AND_XMP_FLAGS;
				}
				kept.write(chunk);
			}
			position = (int) end;
		}
		byte[] chunks = kept.toByteArray();
		out.write(webp, 0, 4);
		out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(chunks.length + 4).array());
		out.write(webp, 8, 4);
		out.write(chunks);
	}

	/**
	 * Box by box: the movie header, read whole, with its user data and metadata boxes
	 * blanked; top-level user data and metadata blanked as they stream; everything else
	 * (the film) copied as it is. A box whose size cannot be so is refused rather than
	 * copied unread.
	 */
	private static void mp4(DataInputStream in, OutputStream out) throws IOException {
		byte[] header = new byte[8];
		while (true) {
			int read = in.readNBytes(header, 0, 8);
			if (read == 0) {
				return;
			}
			if (read < 8) {
				throw notWholeMp4("it ends inside a box's header");
			}
			long size = Integer.toUnsignedLong(ByteBuffer.wrap(header).getInt(0));
			String type = new String(header, 4, 4, StandardCharsets.US_ASCII);
			byte[] large = new byte[0];
			if (size == 1) {
				large = in.readNBytes(8);
				if (large.length < 8) {
					throw notWholeMp4("it ends inside a box's header");
				}
				size = ByteBuffer.wrap(large).getLong();
			}
			long headerLength = 8 + large.length;
			// size 0: the box runs to the end of the file
			long body = size == 0 ? -1 : size - headerLength;
			if (size != 0 && body < 0) {
				throw notWholeMp4("a box declares " + size + " bytes");
			}
			if (type.equals("moov")) {
				byte[] movie = body < 0 ? in.readNBytes(MAX_MP4_HEADER + 1)
						: in.readNBytes((int) Math.min(body, MAX_MP4_HEADER + 1L));
				if (movie.length > MAX_MP4_HEADER) {
					throw new ImageInspector.UnreadableImage("has a movie header of more than 16 MB");
				}
				blankMetadata(movie, 0, movie.length);
				out.write(header);
				out.write(large);
				out.write(movie);
			}
			else if (DROPPED_MP4_BOXES.contains(type)) {
				out.write(free(header, large));
				zeros(in, out, body < 0 ? Long.MAX_VALUE : body);
			}
			else if (type.equals("uuid")) {
				uuid(in, out, header, large, body < 0 ? Long.MAX_VALUE : body);
			}
			else {
				out.write(header);
				out.write(large);
				copy(in, out, body < 0 ? Long.MAX_VALUE : body);
			}
			if (body < 0) {
				return;
			}
		}
	}

	/**
	 * The boxes inside {@code [from, to)} of a movie header, each looked into in turn; a
	 * box that does not fit is refused.
	 */
	private static void blankMetadata(byte[] movie, int from, int to) throws IOException {
		ByteBuffer boxes = ByteBuffer.wrap(movie);
		int position = from;
		while (position < to) {
			if (to - position < 8) {
				throw notWholeMp4("a box of the movie header ends inside its header");
			}
			long size = Integer.toUnsignedLong(boxes.getInt(position));
			int headerLength = 8;
			if (size == 1) {
				if (to - position < 16) {
					throw notWholeMp4("a box of the movie header ends inside its header");
				}
				size = boxes.getLong(position + 8);
				headerLength = 16;
			}
			else if (size == 0) {
				size = to - position;
			}
			if (size < headerLength || size > to - position) {
				throw notWholeMp4("a box of the movie header declares " + size + " bytes");
			}
			String type = new String(movie, position + 4, 4, StandardCharsets.US_ASCII);
			int end = (int) (position + size);
			if (DROPPED_MP4_BOXES.contains(type)) {
				System.arraycopy("free".getBytes(StandardCharsets.US_ASCII), 0, movie, position + 4, 4);
				Arrays.fill(movie, position + headerLength, end, (byte) 0);
			}
			else if (MP4_CONTAINERS.contains(type)) {
				blankMetadata(movie, position + headerLength, end);
			}
			position = end;
		}
	}

	private static ImageInspector.UnreadableImage notWholeMp4(String why) {
		return new ImageInspector.UnreadableImage("is not a whole MP4 video: " + why);
	}

	/** A {@code uuid} box: blanked if it holds XMP, else copied. */
	private static void uuid(DataInputStream in, OutputStream out, byte[] header, byte[] large, long body)
			throws IOException {
		byte[] uuid = in.readNBytes((int) Math.min(16, body));
		boolean xmp = HexFormat.of().formatHex(uuid).equals(XMP_UUID);
		out.write(xmp ? free(header, large) : concat(header, large));
		out.write(xmp ? new byte[uuid.length] : uuid);
		if (xmp) {
			zeros(in, out, body - uuid.length);
		}
		else {
			copy(in, out, body - uuid.length);
		}
	}

	private static byte[] concat(byte[] header, byte[] large) {
		byte[] both = Arrays.copyOf(header, header.length + large.length);
		System.arraycopy(large, 0, both, header.length, large.length);
		return both;
	}

	private static byte[] free(byte[] header, byte[] large) {
		byte[] free = new byte[header.length + large.length];
		System.arraycopy(header, 0, free, 0, 4);
		System.arraycopy("free".getBytes(StandardCharsets.US_ASCII), 0, free, 4, 4);
		System.arraycopy(large, 0, free, 8, large.length);
		return free;
	}

	private static void copy(InputStream in, OutputStream out, long length) throws IOException {
		pass(in, out, length, false);
	}

	private static void zeros(InputStream in, OutputStream out, long length) throws IOException {
		pass(in, out, length, true);
	}

	/**
	 * The next {@code length} bytes, or as many as there are, as they are or as zeros. A
	 * box cut short is the last of the file: a recording that stopped, say.
	 */
	private static void pass(InputStream in, OutputStream out, long length, boolean blank) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		byte[] zeros = new byte[buffer.length];
		long left = length;
		while (left > 0) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (read < 0) {
				return;
			}
			out.write(blank ? zeros : buffer, 0, read);
			left -= read;
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
