package dev.newsroom.viewcounter.counting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.newsroom.testsupport.Infrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

import static org.assertj.core.api.Assertions.assertThat;

/** How long MongoDB keeps a visitor's entry, on the MongoDB-wire server. */
class RecentViewsIntegrationTest {

	private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	private final MongoClient client = MongoClients.create(Infrastructure.embedded().mongoUri("unused"));

	private final MongoTemplate mongo = new MongoTemplate(client, "recent-" + UUID.randomUUID());

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	@AfterEach
	void close() {
		client.close();
	}

	@Test
	void anEntryOfAViewFromAnOldBacklogExpiresAfterItWasStoredNotAfterTheView() {
		var recentViews = new RecentViews(mongo, Duration.ofMinutes(30), clock);
		Instant threeHoursAgo = NOW.minus(Duration.ofHours(3));

		assertThat(recentViews.counts("a1", "v1", threeHoursAgo, 0, 7)).isTrue();

		Document entry = mongo.findById("a1|v1", Document.class, "recent_views");
		assertThat(entry.getDate("storedAt").toInstant()).isEqualTo(NOW);
		assertThat(expiries()).extracting(index -> index.getIndexFields().get(0).getKey()).containsExactly("storedAt");
	}

	@Test
	void anEntryStoredBeforeEntriesHadATimeOfTheirOwnGetsOneAndSoExpires() {
		mongo.insert(new Document("_id", "a1|v1").append("countedAt", NOW.minus(Duration.ofDays(3))), "recent_views");

		new RecentViews(mongo, Duration.ofMinutes(30), clock);

		assertThat(mongo.findById("a1|v1", Document.class, "recent_views").getDate("storedAt").toInstant())
			.isEqualTo(NOW);
	}

	@Test
	void anotherWindowReplacesTheExpiryInsteadOfFailingTheStart() {
		new RecentViews(mongo, Duration.ofMinutes(30), clock);

		new RecentViews(mongo, Duration.ofMinutes(10), clock);

		assertThat(expiries()).singleElement()
			.satisfies(index -> assertThat(index.getExpireAfter()).contains(Duration.ofMinutes(70)));
	}

	private List<IndexInfo> expiries() {
		return mongo.indexOps("recent_views")
			.getIndexInfo()
			.stream()
			.filter(index -> index.getExpireAfter().isPresent())
			.toList();
	}

}
