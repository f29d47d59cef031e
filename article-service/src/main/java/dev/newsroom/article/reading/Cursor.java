package dev.newsroom.article.reading;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of a list ended: the last article's publication time and id, the order the
 * list is sorted in. Opaque to clients; an article published meanwhile is newer than
 * every cursor, so it never shifts a page the way an offset would.
 */
record Cursor(Instant publishedAt, String id) {

	String encode() {
		String plain = publishedAt.toEpochMilli() + ":" + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws IllegalArgumentException if it is not a cursor this service gave out
	 */
	static Cursor decode(String encoded) {
		String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
		int colon = plain.indexOf(':');
		if (colon < 1 || colon == plain.length() - 1) {
			throw new IllegalArgumentException("not a cursor");
		}
		return new Cursor(Instant.ofEpochMilli(Long.parseLong(plain.substring(0, colon))), plain.substring(colon + 1));
	}

}
