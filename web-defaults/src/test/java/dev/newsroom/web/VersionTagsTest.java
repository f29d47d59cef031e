package dev.newsroom.web;

import org.junit.jupiter.api.Test;

import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	@Test
	void aRequiredTagThatNamesNoVersionIsRefusedWith412() {
		assertThat(VersionTags.required("\"7\"", "article a1")).isEqualTo(7);
		assertThatThrownBy(() -> VersionTags.required(" W/\"7\" ", "article a1"))
			.isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
				assertThat(refused.getStatusCode().value()).isEqualTo(412);
				assertThat(refused.getBody().getDetail())
					.isEqualTo("If-Match W/\"7\" names no version of article a1; reload it");
			});
	}

}
