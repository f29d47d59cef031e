package dev.newsroom.viewcounter.counting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.views.PageViewed;
import dev.newsroom.defaults.events.CloudEvents;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.viewcounter.catalog.ArticleCatalog;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redelivery, as after a crash before the offsets were committed: the aggregator must
 * count every view once, however often its batch comes again.
 */
class ViewAggregatorIntegrationTest {

	private static final Instant NOON = Instant.parse("2026-11-20T05:00:00Z");

	private final Infrastructure infrastructure = Infrastructure.embedded();

	private final CloudEvents events = new CloudEvents(JsonMapper.builder().build(), "urn:newsroom:test");

	private MongoClient client;

	private DefaultKafkaProducerFactory<String, String> producers;

	private RecentViews recentViews;

	private ViewCounters counters;

	private ViewAggregator aggregator;

	private final String article = UUID.randomUUID().toString();

	@BeforeEach
	void setUp() {
		client = MongoClients.create(infrastructure.mongoUri("unused"));
		var mongo = new MongoTemplate(client, "aggregator-" + UUID.randomUUID());
		var catalog = new ArticleCatalog(mongo);
		catalog.apply(new ArticlePublished(UUID.randomUUID().toString(), NOON, article, 2, "bai", "Bài", "", "Thời sự",
				List.of(), NOON));
		producers = new DefaultKafkaProducerFactory<>(
				Map.of("bootstrap.servers", infrastructure.kafkaBootstrapServers()), new StringSerializer(),
				new StringSerializer());
		recentViews = new RecentViews(mongo, Duration.ofMinutes(30));
		counters = new ViewCounters(mongo);
		aggregator = new ViewAggregator(catalog, recentViews, counters, new KafkaTemplate<>(producers), events,
				Clock.systemUTC());
	}

	@AfterEach
	void tearDown() {
		producers.destroy();
		client.close();
	}

	@Test
	void aRedeliveredBatchCountsNothingTwice() {
		var batch = List.of(view(10, "an"), view(11, "binh"), view(12, "an"));

		aggregator.on(batch);
		aggregator.on(batch);

		assertThat(counters.total(article)).isEqualTo(2);
		assertThat(counters.lastOffset(article)).isEqualTo(12);
	}

	@Test
	void aBatchThatOverlapsTheCountedOnesCountsOnlyTheNewViews() {
		aggregator.on(List.of(view(10, "an"), view(11, "binh")));

		aggregator.on(List.of(view(10, "an"), view(11, "binh"), view(12, "chi"), view(13, "binh")));

		assertThat(counters.total(article)).isEqualTo(3);
	}

	@Test
	void aViewRememberedAsCountedBeforeACrashIsStillCounted() {
		// the crash came after the visitor's view was remembered and before the total was
		// stored
		var first = view(20, "dung");
		assertThat(recentViews.counts(article, "dung", NOON, 0, 20)).isTrue();

		aggregator.on(List.of(first, view(21, "dung")));

		assertThat(counters.total(article)).isEqualTo(1);
	}

	private ConsumerRecord<String, String> view(long offset, String visitorHash) {
		var event = new PageViewed(UUID.randomUUID().toString(), NOON.plusSeconds(offset), article, visitorHash, false);
		var record = new ConsumerRecord<>(Topics.VIEWS, 0, offset, article, events.toJson(event));
		record.headers().add("ce_type", PageViewed.TYPE.getBytes());
		return record;
	}

}
