package dev.newsroom.viewcounter.counting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.newsroom.contracts.views.PageViewed;
import dev.newsroom.events.Delivery;
import dev.newsroom.testsupport.Infrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Views held for articles not known yet, on the MongoDB-wire server. */
class HeldViewsIntegrationTest {

	private final MongoClient client = MongoClients.create(Infrastructure.embedded().mongoUri("unused"));

	private final MongoTemplate mongo = new MongoTemplate(client, "held-" + UUID.randomUUID());

	private final HeldViews held = new HeldViews(mongo, Clock.systemUTC(), Duration.ofMinutes(10), 2);

	@AfterEach
	void close() {
		client.close();
	}

	@Test
	void aViewIsHeldOnceHoweverOftenItsRecordComesAndNothingMoreIsHeldBeyondTheBound() {
		held.hold(List.of(view("a1", 1), view("a1", 2)));
		held.hold(List.of(view("a1", 1)));

		held.hold(List.of(view("a2", 3)));

		assertThat(held.of(List.of("a1"))).extracting(Delivery::offset).containsExactlyInAnyOrder(1L, 2L);
		assertThat(held.of(List.of("a2"))).as("beyond the bound").isEmpty();
	}

	@Test
	void releasedViewsAreHeldNoMore() {
		held.hold(List.of(view("a1", 1), view("a1", 2)));

		held.release(held.of(List.of("a1")));

		assertThat(held.of(List.of("a1"))).isEmpty();
	}

	private static Delivery<PageViewed> view(String articleId, long offset) {
		return new Delivery<>(new PageViewed(UUID.randomUUID().toString(), Instant.parse("2026-11-28T05:00:00Z"),
				articleId, "visitor-" + offset, null, "address", false), articleId, 0, offset);
	}

}
