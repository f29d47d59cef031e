package dev.newsroom.media.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Looks through a photo for the markup of another kind of file hidden inside it: an HTML
 * page in a JPEG comment, say, which a browser or a tool that guesses types could run
 * from the site's own origin. The photo's pixels are compressed data that could hold any
 * short run of bytes, so only opening tags long enough not to turn up there by chance
 * count: with the byte that ends the tag's name, one of these runs of six bytes or more
 * is in about one 20 MB photo in 10,000 by chance.
 */
final class MarkupScanner {

	private static final List<byte[]> OPENINGS = List
		.of("<html", "<head", "<body", "<script", "<iframe", "<object", "<embed", "<!doctype", "<?xml", "<style")
		.stream()
		.map(opening -> opening.getBytes(StandardCharsets.US_ASCII))
		.toList();

	private static final int LONGEST = OPENINGS.stream().mapToInt(opening -> opening.length).max().orElseThrow() + 1;

	private MarkupScanner() {
	}

	/** Whether the bytes hold an opening tag of HTML, XML or a script, in any case. */
	static boolean holdsMarkup(InputStream bytes) throws IOException {
		byte[] buffer = new byte[64 * 1024 + LONGEST];
		int kept = 0;
		for (int read; (read = bytes.read(buffer, kept, buffer.length - kept)) > 0;) {
			int length = kept + read;
			for (int at = 0; at < length; at++) {
				if (buffer[at] == '<' && opens(buffer, at, length)) {
					return true;
				}
			}
			// the last bytes are read again with the next ones: a tag may span both
			kept = Math.min(LONGEST, length);
			System.arraycopy(buffer, length - kept, buffer, 0, kept);
		}
		return false;
	}

	private static boolean opens(byte[] bytes, int at, int length) {
		for (byte[] opening : OPENINGS) {
			int end = at + opening.length;
			if (end < length && matches(bytes, at, opening) && endsName(bytes[end])) {
				return true;
			}
		}
		return false;
	}

	private static boolean matches(byte[] bytes, int at, byte[] opening) {
		for (int i = 1; i < opening.length; i++) {
			byte letter = bytes[at + i];
			if ((letter >= 'A' && letter <= 'Z' ? letter + ('a' - 'A') : letter) != opening[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean endsName(byte next) {
		return next == '>' || next == '/' || next == ' ' || next == '\t' || next == '\n' || next == '\r'
				|| next == '\f';
	}

}
