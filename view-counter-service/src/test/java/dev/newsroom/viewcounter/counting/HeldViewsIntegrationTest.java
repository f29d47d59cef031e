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

	/** Two articles at most, three views each. */
	private final HeldViews held = new HeldViews(mongo, Clock.systemUTC(), Duration.ofMinutes(10), 2, 3);

	@AfterEach
	void close() {
		client.close();
	}

	@Test
	void aViewIsReadOnceHoweverOftenItsRecordComes() {
		held.hold(List.of(view("a1", 1), view("a1", 2), view("a2", 7)));
		held.hold(List.of(view("a1", 1)));

		assertThat(held.of(List.of("a1", "a9"))).extracting(Delivery::offset).containsExactlyInAnyOrder(1L, 2L);
		assertThat(held.of(List.of("a1", "a2"))).extracting(view -> view.event().articleId() + "@" + view.offset())
			.containsExactlyInAnyOrder("a1@1", "a1@2", "a2@7");
	}

	@Test
	void beyondTheBoundNoOtherArticleIsHeldAndEachKeepsItsLatestViews() {
		held.hold(List.of(view("a1", 1), view("a2", 2)));

		held.hold(List.of(view("a3", 3), view("a1", 4), view("a1", 5), view("a1", 6)));

		assertThat(held.of(List.of("a3"))).as("a third article").isEmpty();
		assertThat(held.of(List.of("a1"))).extracting(Delivery::offset).containsExactly(4L, 5L, 6L);
	}

	@Test
	void releasedViewsAreHeldNoMoreAndTheirArticleLeavesRoomForAnother() {
		held.hold(List.of(view("a1", 1), view("a1", 2), view("a2", 3)));
		held.hold(List.of(view("a1", 4)));

		held.release(held.of(List.of("a1")).stream().filter(view -> view.offset() < 4).toList());
		assertThat(held.of(List.of("a1"))).extracting(Delivery::offset).containsExactly(4L);

		held.release(held.of(List.of("a1")));
		held.hold(List.of(view("a3", 5)));

		assertThat(held.of(List.of("a1"))).isEmpty();
		assertThat(held.of(List.of("a2", "a3"))).extracting(Delivery::offset).containsExactlyInAnyOrder(3L, 5L);
	}

	@Test
	void aHeldViewComesBackAsItWasDelivered() {
		var view = new Delivery<>(new PageViewed("event-1", Instant.parse("2026-11-28T05:00:00Z"), "a1", "visitor",
				"client", "address", true), "a1", 2, 40L);

		held.hold(List.of(view));

		assertThat(held.of(List.of("a1"))).containsExactly(view);
	}

	private static Delivery<PageViewed> view(String articleId, long offset) {
		return new Delivery<>(new PageViewed(UUID.randomUUID().toString(), Instant.parse("2026-11-28T05:00:00Z"),
				articleId, "visitor-" + offset, null, "address", false), articleId, 0, offset);
	}

}
