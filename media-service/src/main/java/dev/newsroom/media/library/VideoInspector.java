package dev.newsroom.media.library;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How long a video lasts, from its header: an MP4's movie header box ({@code mvhd}, its
 * duration in units of its time scale), a WebM's segment information (its duration in
 * units of its timecode scale). The film itself is skipped, not decoded.
 */
final class VideoInspector {

	private static final long EBML_SEGMENT = 0x18538067L;

	private static final long EBML_INFO = 0x1549A966L;

	private static final long EBML_CLUSTER = 0x1F43B675L;

	private static final long EBML_TIMECODE_SCALE = 0x2AD7B1L;

	private static final long EBML_DURATION = 0x4489L;

	/** Elements read before the information at most: a header has a handful. */
	private static final int MAX_EBML_ELEMENTS = 64;

	private VideoInspector() {
	}

	/** In seconds; empty when the header does not say. */
	static Optional<Double> duration(MediaFormat format, InputStream in) throws IOException {
		try {
			return switch (format) {
				case MP4 -> mp4(new DataInputStream(in), Long.MAX_VALUE);
				case WEBM -> new Ebml(in).duration();
				default -> Optional.empty();
			};
		}
		catch (EOFException cutShort) {
			return Optional.empty();
		}
	}

	/** The boxes of {@code length} bytes, looked into as far as {@code moov/mvhd}. */
	private static Optional<Double> mp4(DataInputStream in, long length) throws IOException {
		long read = 0;
		while (read + 8 <= length) {
			long size = Integer.toUnsignedLong(in.readInt());
			String type = new String(in.readNBytes(4), StandardCharsets.US_ASCII);
			long header = 8;
			if (size == 1) {
				size = in.readLong();
				header = 16;
			}
			if (size < header) {
				return Optional.empty();
			}
			if (type.equals("moov")) {
				return mp4(in, size - header);
			}
			if (type.equals("mvhd")) {
				int version = in.readUnsignedByte();
				in.skipNBytes(3 + (version == 1 ? 16 : 8));
				long timescale = Integer.toUnsignedLong(in.readInt());
				long duration = version == 1 ? in.readLong() : Integer.toUnsignedLong(in.readInt());
				// all ones: not known, as a recording still being written says
				boolean unknown = version == 1 ? duration < 0 : duration == 0xFFFFFFFFL;
				return timescale == 0 || unknown ? Optional.empty() : Optional.of((double) duration / timescale);
			}
			in.skipNBytes(size - header);
			read += size;
		}
		return Optional.empty();
	}

	/**
	 * A WebM's elements: the EBML header skipped, the segment entered, and its elements
	 * skipped until its information, whose time scale and duration are read. A file whose
	 * clusters (the film) come first does not say.
	 */
	private static final class Ebml {

		private final DataInputStream in;

		private long position;

		Ebml(InputStream in) {
			this.in = new DataInputStream(in);
		}

		Optional<Double> duration() throws IOException {
			for (int elements = 0; elements < MAX_EBML_ELEMENTS; elements++) {
				long id = vint(true);
				long size = vint(false);
				if (id == EBML_INFO && size >= 0) {
					return info(position + size);
				}
				if (id == EBML_CLUSTER || size < 0 && id != EBML_SEGMENT) {
					return Optional.empty();
				}
				if (id != EBML_SEGMENT) {
					skip(size);
				}
			}
			return Optional.empty();
		}

		private Optional<Double> info(long end) throws IOException {
			long scale = 1_000_000;
			Double units = null;
			while (position < end) {
				long id = vint(true);
				long size = vint(false);
				if (size < 0) {
					return Optional.empty();
				}
				if (id == EBML_TIMECODE_SCALE && size <= 8) {
					scale = unsigned(read(size));
				}
				else if (id == EBML_DURATION && (size == 4 || size == 8)) {
					ByteBuffer value = ByteBuffer.wrap(read(size));
					units = size == 4 ? value.getFloat() : value.getDouble();
				}
				else {
					skip(size);
				}
			}
			long nanosPerUnit = scale;
			return Optional.ofNullable(units)
				.map(duration -> duration * nanosPerUnit / 1e9)
				.filter(seconds -> Double.isFinite(seconds) && seconds >= 0);
		}

		/**
		 * A variable-length integer: an element's id with its length marker, or a size
		 * without it (-1 for "unknown", all ones).
		 */
		private long vint(boolean id) throws IOException {
			int first = in.readUnsignedByte();
			int length = Integer.numberOfLeadingZeros(first) - 23;
			if (length < 1 || length > 8) {
				throw new EOFException("not EBML");
			}
			long value = id ? first : first & (0xFF >> length);
			boolean allOnes = value == (0xFF >> length);
			for (int i = 1; i < length; i++) {
				int next = in.readUnsignedByte();
				allOnes &= next == 0xFF;
				value = value << 8 | next;
			}
			position += length;
			return !id && allOnes ? -1 : value;
		}

		private byte[] read(long size) throws IOException {
			byte[] bytes = in.readNBytes((int) size);
			if (bytes.length < size) {
				throw new EOFException();
			}
			position += size;
			return bytes;
		}

		private void skip(long size) throws IOException {
			in.skipNBytes(size);
			position += size;
		}

	}

	private static long unsigned(byte[] bytes) {
		long value = 0;
		for (byte b : bytes) {
			value = value << 8 | (b & 0xFF);
		}
		return value;
	}

}
