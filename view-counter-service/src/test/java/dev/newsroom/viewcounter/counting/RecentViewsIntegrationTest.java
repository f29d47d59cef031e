package dev.newsroom.viewcounter.counting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the histories are kept, and for how long, on the MongoDB-wire server. */
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
		var recentViews = new RecentViews(mongo, rules(30), clock);
		Instant threeHoursAgo = NOW.minus(Duration.ofHours(3));

		recentViews.save(Map.of("a1|v1",
				Versioned.unstored(ViewHistory.NONE.with(new CountedView(0, 7, threeHoursAgo), Duration.ofHours(1)))));

		Document entry = mongo.findById("a1|v1", Document.class, "recent_views");
		assertThat(entry.getDate("storedAt").toInstant()).isEqualTo(NOW);
		assertThat(expiries()).extracting(index -> index.getIndexFields().get(0).getKey()).containsExactly("storedAt");
	}

	@Test
	void aHistoryIsReadBackAsItWasStoredAndAnotherWriterSinceIsNotOverwritten() {
		var recentViews = new RecentViews(mongo, rules(30), clock);
		var history = ViewHistory.NONE.with(new CountedView(1, 7, NOW), Duration.ofHours(1));
		recentViews.save(Map.of("a1|v1", Versioned.unstored(history)));

		Versioned<ViewHistory> read = recentViews.load(List.of("a1|v1", "a1|v2")).get("a1|v1");
		recentViews
			.save(Map.of("a1|v1", read.with(read.value().with(new CountedView(1, 9, NOW), Duration.ofHours(1)))));

		assertThat(read.value()).isEqualTo(history);
		assertThat(recentViews.load(List.of("a1|v2")).get("a1|v2").value()).isEqualTo(ViewHistory.NONE);
		assertThatThrownBy(() -> recentViews.save(Map.of("a1|v1", read)))
			.isInstanceOf(VersionedDocuments.ConcurrentUpdate.class);
		assertThat(recentViews.load(List.of("a1|v1")).get("a1|v1").value().views()).hasSize(2);
	}

	@Test
	void anEntryFromBeforeHistoriesIsReadAsTheVisitorsLastCountedView() {
		mongo.insert(new Document("_id", "a1|v1").append("countedAt", Date.from(NOW))
			.append("partition", 2)
			.append("offset", 40L), "recent_views");

		var recentViews = new RecentViews(mongo, rules(30), clock);

		assertThat(recentViews.load(List.of("a1|v1")).get("a1|v1").value().views())
			.containsExactly(new CountedView(2, 40, NOW));
	}

	@Test
	void anEntryStoredBeforeEntriesHadATimeOfTheirOwnGetsOneAndSoExpires() {
		mongo.insert(new Document("_id", "a1|v1").append("countedAt", NOW.minus(Duration.ofDays(3))), "recent_views");

		new RecentViews(mongo, rules(30), clock);

		assertThat(mongo.findById("a1|v1", Document.class, "recent_views").getDate("storedAt").toInstant())
			.isEqualTo(NOW);
	}

	@Test
	void anotherWindowReplacesTheExpiryInsteadOfFailingTheStart() {
		new RecentViews(mongo, rules(30), clock);

		new RecentViews(mongo, rules(10), clock);

		assertThat(expiries()).singleElement()
			.satisfies(index -> assertThat(index.getExpireAfter()).contains(Duration.ofMinutes(10).plusHours(7)));
	}

	private static CountingRules rules(int windowMinutes) {
		return new CountingRules(Duration.ofMinutes(windowMinutes), 20);
	}

	private List<IndexInfo> expiries() {
		return mongo.indexOps("recent_views")
			.getIndexInfo()
			.stream()
			.filter(index -> index.getExpireAfter().isPresent())
			.toList();
	}

}
