package dev.newsroom.viewcounter.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VisitorsTest {

	private static final String PHONE = "Mozilla/5.0 (Linux; Android 14) Chrome/126.0 Mobile";

	private final Visitors visitors = new Visitors("key");

	@Test
	void aNewBrowserGetsASignedIdThatKeepsItTheSameVisitorFromAnywhere() {
		var first = visitors.identify(null, "203.0.113.7", PHONE);

		var later = visitors.identify(first.visitorId(), "198.51.100.20", "another browser string");

		assertThat(later.visitorId()).isEqualTo(first.visitorId());
		assertThat(visitors.identify(first.visitorId(), "203.0.113.7", PHONE).visitorHash())
			.isEqualTo(later.visitorHash());
	}

	@Test
	void viewsWithMadeUpOrAlteredIdsShareTheirClientAndGetANewIdToKeep() {
		String signed = visitors.identify(null, "203.0.113.7", PHONE).visitorId();
		String altered = (signed.charAt(0) == 'A' ? "B" : "A") + signed.substring(1);

		var madeUp = visitors.identify("visitor-1", "203.0.113.7", PHONE);
		var anotherMadeUp = visitors.identify("visitor-2", "203.0.113.7", PHONE);
		var tampered = visitors.identify(altered, "203.0.113.7", PHONE);

		assertThat(madeUp.clientHash()).isNotNull()
			.isEqualTo(anotherMadeUp.clientHash())
			.isEqualTo(tampered.clientHash());
		assertThat(madeUp.visitorId()).as("a new signed id to keep").isNotEqualTo("visitor-1").contains(".");
		assertThat(visitors.identify("visitor-1", "203.0.113.8", PHONE).clientHash()).isNotEqualTo(madeUp.clientHash());
		assertThat(visitors.identify(madeUp.visitorId(), "203.0.113.7", PHONE))
			.as("its next view, with the id it was given: under the same visitor, and no client")
			.satisfies(next -> assertThat(next.visitorHash()).isEqualTo(madeUp.visitorHash()))
			.satisfies(next -> assertThat(next.clientHash()).isNull());
	}

	@Test
	void theEventsCarryNeitherTheIdNorTheAddress() {
		var visitor = visitors.identify(null, "203.0.113.7", PHONE);
		String id = visitor.visitorId().substring(0, visitor.visitorId().indexOf('.'));

		assertThat(visitor.visitorHash()).doesNotContain(id).hasSize(64);
		assertThat(visitor.addressHash()).doesNotContain("203.0.113.7").hasSize(64);
	}

	@Test
	void anotherKeyNeitherAcceptsTheIdsNorGivesTheSameHashes() {
		var other = new Visitors("another key");
		var visitor = visitors.identify(null, "203.0.113.7", PHONE);

		var elsewhere = other.identify(visitor.visitorId(), "203.0.113.7", PHONE);

		assertThat(elsewhere.visitorId()).isNotEqualTo(visitor.visitorId());
		assertThat(elsewhere.addressHash()).isNotEqualTo(visitor.addressHash());
	}

}
