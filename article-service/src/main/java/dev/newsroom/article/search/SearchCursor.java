package dev.newsroom.article.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Where a page of results ended, in the order they are sorted: the last one's score,
 * publication time and id. Opaque to clients. Scores move a little as articles are added,
 * so a result may, rarely, show on two pages; none is skipped for an article published
 * meanwhile.
 */
record SearchCursor(float score, long publishedAt, String id) {

	static SearchCursor of(FieldDoc last) {
		return new SearchCursor((Float) last.fields[0], (Long) last.fields[1],
				((BytesRef) last.fields[2]).utf8ToString());
	}

	/**
	 * After this one; its document number is the last of the reader's, so that the
	 * document itself, equal in every field, counts as already seen.
	 */
	FieldDoc toFieldDoc(int maxDoc) {
		return new FieldDoc(maxDoc - 1, score, new Object[] { score, publishedAt, new BytesRef(id) });
	}

	String encode() {
		String plain = Float.floatToIntBits(score) + ":" + publishedAt + ":" + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws IllegalArgumentException if it is not a cursor this search gave out
	 */
	static SearchCursor decode(String encoded) {
		String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split(":", 3);
		if (parts.length != 3 || parts[2].isEmpty()) {
			throw new IllegalArgumentException("not a cursor");
		}
		return new SearchCursor(Float.intBitsToFloat(Integer.parseInt(parts[0])), Long.parseLong(parts[1]), parts[2]);
	}

}
