package dev.newsroom.web;

import java.util.OptionalLong;
import java.util.regex.Pattern;

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

}
