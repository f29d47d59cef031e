package dev.newsroom.media.library;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a file's format from its first bytes, never from the name or type the client
 * sent, so that nothing but photos and videos is ever served from the site's own origin
 * (an HTML or SVG file renamed to .jpg stays out).
 */
final class ContentSniffer {

	/** How much of the start of a file {@link #sniff} needs to see. */
	static final int HEAD_LENGTH = 256;

	/** ISO base media brands of MP4 video. */
	private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42",
			"avc1", "dash", "M4V ", "mmp4", "MSNV");

	/** Major brands of files that share the box structure but are not MP4 video. */
	private static final Set<String> OTHER_MAJOR_BRANDS = Set.of("qt  ", "M4A ", "M4B ", "M4P ", "heic", "heix", "hevc",
			"hevx", "heim", "heis", "mif1", "msf1", "avif", "avis", "crx ", "jp2 ");

	private static final int EBML_DOC_TYPE = 0x4282;

	private ContentSniffer() {
	}

	static Optional<MediaFormat> sniff(byte[] head) {
		if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(MediaFormat.JPEG);
		}
		if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(MediaFormat.PNG);
		}
		if (ascii(head, 0, 6).equals("GIF87a") || ascii(head, 0, 6).equals("GIF89a")) {
			return Optional.of(MediaFormat.GIF);
		}
		if (ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
			return Optional.of(MediaFormat.WEBP);
		}
		if (ascii(head, 4, 4).equals("ftyp") && isMp4(head)) {
			return Optional.of(MediaFormat.MP4);
		}
		if (startsWith(head, 0, 0x1A, 0x45, 0xDF, 0xA3) && "webm".equals(ebmlDocType(head))) {
			return Optional.of(MediaFormat.WEBM);
		}
		return Optional.empty();
	}

	/** An {@code ftyp} box whose major or compatible brands say MP4 video. */
	private static boolean isMp4(byte[] head) {
		long boxSize = unsigned(head, 0, 4);
		if (boxSize < 16 || head.length < 16) {
			return false;
		}
		String major = ascii(head, 8, 4);
		if (OTHER_MAJOR_BRANDS.contains(major)) {
			return false;
		}
		if (MP4_BRANDS.contains(major)) {
			return true;
		}
		int end = (int) Math.min(boxSize, head.length);
		for (int at = 16; at + 4 <= end; at += 4) {
			if (MP4_BRANDS.contains(ascii(head, at, 4))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The DocType of an EBML header: "webm" for WebM, "matroska" for other Matroska
	 * files. Elements are an id and a size, both variable-length integers, then the data.
	 */
	private static String ebmlDocType(byte[] head) {
		int at = 4;
		int headerSizeLength = vintLength(head, at);
		if (headerSizeLength == 0) {
			return "";
		}
		at += headerSizeLength;
		while (at < head.length) {
			int idLength = vintLength(head, at);
			if (idLength == 0 || idLength > 4) {
				return "";
			}
			long id = unsigned(head, at, idLength);
			at += idLength;
			int sizeLength = vintLength(head, at);
			if (sizeLength == 0) {
				return "";
			}
			long size = unsigned(head, at, sizeLength) & (0xFFFFFFFFFFFFFFFFL >>> (64 - 7 * sizeLength));
			at += sizeLength;
			if (id == EBML_DOC_TYPE) {
				return size <= 32 ? ascii(head, at, (int) size) : "";
			}
			if (size > head.length) {
				return "";
			}
			at += (int) size;
		}
		return "";
	}

	/**
	 * The length of the variable-length integer at {@code at}, from its leading zeros; 0
	 * if there is none.
	 */
	private static int vintLength(byte[] bytes, int at) {
		if (at >= bytes.length || bytes[at] == 0) {
			return 0;
		}
		int length = Integer.numberOfLeadingZeros(bytes[at] & 0xFF) - 23;
		return at + length <= bytes.length ? length : 0;
	}

	private static boolean startsWith(byte[] bytes, int at, int... expected) {
		if (bytes.length < at + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[at + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	private static String ascii(byte[] bytes, int at, int length) {
		return bytes.length < at + length ? "" : new String(bytes, at, length, StandardCharsets.ISO_8859_1);
	}

	private static long unsigned(byte[] bytes, int at, int length) {
		long value = 0;
		for (int i = 0; i < length && at + i < bytes.length; i++) {
			value = (value << 8) | (bytes[at + i] & 0xFF);
		}
		return value;
	}

}
