package dev.newsroom.web;

import java.util.OptionalLong;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The entity tags of versioned resources: {@code "3"} for version 3. An editor's change
 * sends back, in {@code If-Match}, the tag of the version it starts from, and is refused
 * if that is no longer the current one.
 */
public final class VersionTags {

	/**
	 * A strong tag only: {@code If-Match} compares strongly, so a weak one never matches.
	 */
	private static final Pattern TAG = Pattern.compile("\"([0-9]{1,18})\"");

	private VersionTags() {
	}

	/** The version an {@code If-Match} names; empty if it names none we would give. */
	public static OptionalLong in(String ifMatch) {
		if (ifMatch == null) {
			return OptionalLong.empty();
		}
		var tag = TAG.matcher(ifMatch.strip());
		return tag.matches() ? OptionalLong.of(Long.parseLong(tag.group(1))) : OptionalLong.empty();
	}

	/**
	 * The version an {@code If-Match} names.
	 * @param resource what it is sent for, as the refusal names it ("article 42")
	 * @throws ErrorResponseException 412 if it names none: a tag this service never gave
	 * matches no version, and the editor must reload
	 */
	public static long required(String ifMatch, String resource) {
		return in(ifMatch).orElseThrow(
				() -> new ErrorResponseException(HttpStatus.PRECONDITION_FAILED,
						ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
								"If-Match " + ifMatch.strip() + " names no version of " + resource + "; reload it"),
						null));
	}

}
