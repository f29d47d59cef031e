package dev.newsroom.comment.comments;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import dev.newsroom.web.FieldProblem;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Where a page of comments ended: the time and id of its last, as an opaque token. The
 * next page starts after it, so comments arriving meanwhile neither repeat nor skip one.
 */
record Cursor(Instant postedAt, String id) {

	static Cursor after(Comment last) {
		return new Cursor(last.postedAt(), last.id());
	}

	String token() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((postedAt.toEpochMilli() + "_" + id).getBytes(StandardCharsets.UTF_8));
	}

	static Cursor parse(String token) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			int separator = text.indexOf('_');
			return new Cursor(Instant.ofEpochMilli(Long.parseLong(text.substring(0, separator))),
					text.substring(separator + 1));
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException notOurs) {
			throw FieldProblem.badRequest(List.of(new FieldProblem("cursor", "is not a cursor of this list")), notOurs);
		}
	}

	Criteria criteria() {
		return new Criteria().orOperator(Criteria.where("postedAt").gt(postedAt),
				Criteria.where("postedAt").is(postedAt).and("_id").gt(id));
	}

}
