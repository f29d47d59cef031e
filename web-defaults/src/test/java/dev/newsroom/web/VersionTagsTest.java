package dev.newsroom.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionTagsTest {

	@Test
	void aStrongTagNamesItsVersion() {
		assertThat(VersionTags.in("\"3\"")).hasValue(3);
		assertThat(VersionTags.in(" \"0\" ")).hasValue(0);
	}

	@Test
	void anythingElseNamesNone() {
		for (String other : new String[] { null, "", "3", "W/\"3\"", "\"-1\"", "\"+3\"", "\"no-such\"", "*",
				"\"1\", \"2\"", "\"1234567890123456789\"" }) {
			assertThat(VersionTags.in(other)).as(String.valueOf(other)).isEmpty();
		}
	}

}
