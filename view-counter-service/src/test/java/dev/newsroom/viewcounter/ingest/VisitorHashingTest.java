package dev.newsroom.viewcounter.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VisitorHashingTest {

	@Test
	void theSameVisitorHashesAlikeAndTheIdDoesNotShow() {
		var hashing = new VisitorHashing("key");

		assertThat(hashing.hash("visitor-42")).isEqualTo(hashing.hash("visitor-42"))
			.isNotEqualTo(hashing.hash("visitor-43"))
			.doesNotContain("visitor")
			.hasSize(64);
	}

	@Test
	void anotherKeyGivesOtherHashes() {
		assertThat(new VisitorHashing("one").hash("visitor-42"))
			.isNotEqualTo(new VisitorHashing("two").hash("visitor-42"));
	}

}
