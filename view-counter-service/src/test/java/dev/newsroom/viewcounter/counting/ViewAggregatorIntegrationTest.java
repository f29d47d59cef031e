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
import dev.newsroom.contracts.views.ViewCountChanged;
import dev.newsroom.events.CloudEvents;
import dev.newsroom.events.Delivery;
import dev.newsroom.events.EventPublisher;
import dev.newsroom.events.EventWiring;
import dev.newsroom.events.TopicKind;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestTopics;
import dev.newsroom.viewcounter.catalog.ArticleCatalog;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Redelivery, as after a crash before the offsets were committed: the aggregator must
 * count every view once, however often its batch comes again.
 */
class ViewAggregatorIntegrationTest {

	private static final Instant NOON = Instant.parse("2026-11-20T05:00:00Z");

	private final Infrastructure infrastructure = Infrastructure.embedded();

	private final CloudEvents codec = new CloudEvents(JsonMapper.builder().build(), "test");

	private final EventWiring wiring = EventWiring.builder()
		.produces(Topics.VIEW_COUNTS, TopicKind.ENTITY, "article id", ViewCountChanged.TYPE)
		.build();

	private MongoClient client;

	private DefaultKafkaProducerFactory<String, String> producers;

	private DefaultKafkaProducerFactory<String, String> unreachable;

	private ArticleCatalog catalog;

	private RecentViews recentViews;

	private ViewCounters counters;

	private MongoTemplate mongo;

	private ViewAggregator aggregator;

	private final String article = UUID.randomUUID().toString();

	@BeforeEach
	void setUp() {
		client = MongoClients.create(infrastructure.mongoUri("unused"));
		mongo = new MongoTemplate(client, "aggregator-" + UUID.randomUUID());
		TestTopics.create(infrastructure, new NewTopic(Topics.VIEW_COUNTS, 3, (short) 1));
		producers = producers(infrastructure.kafkaBootstrapServers());
		catalog = new ArticleCatalog(mongo, new EventPublisher(wiring, codec, new KafkaTemplate<>(producers)));
		catalog.published(new ArticlePublished(UUID.randomUUID().toString(), NOON, article, 2, "bai", "Bài", "",
				"<p>Thân bài</p>", "Thời sự", List.of(), "", null, null, List.of(), List.of(), List.of(), "", "", "",
				NOON, NOON));
		unreachable = producers("127.0.0.1:9"); // discard port: nothing listens there
		recentViews = new RecentViews(mongo, Duration.ofMinutes(30), Clock.systemUTC());
		counters = new ViewCounters(mongo);
		aggregator = new ViewAggregator(catalog, recentViews, counters,
				new EventPublisher(wiring, codec, new KafkaTemplate<>(producers)), Clock.systemUTC());
	}

	@AfterEach
	void tearDown() {
		producers.destroy();
		unreachable.destroy();
		client.close();
	}

	private static DefaultKafkaProducerFactory<String, String> producers(String bootstrap) {
		return new DefaultKafkaProducerFactory<>(Map.of("bootstrap.servers", bootstrap, "max.block.ms", 1000,
				"delivery.timeout.ms", 1500, "request.timeout.ms", 1000), new StringSerializer(),
				new StringSerializer());
	}

	@Test
	void aRedeliveredBatchCountsNothingTwice() {
		var batch = List.of(view(10, "an"), view(11, "binh"), view(12, "an"));

		aggregator.count(batch);
		aggregator.count(batch);

		assertThat(counters.total(article)).isEqualTo(2);
		assertThat(counters.lastOffset(article, 0)).isEqualTo(12);
	}

	@Test
	void aBatchThatOverlapsTheCountedOnesCountsOnlyTheNewViews() {
		aggregator.count(List.of(view(10, "an"), view(11, "binh")));

		aggregator.count(List.of(view(10, "an"), view(11, "binh"), view(12, "chi"), view(13, "binh")));

		assertThat(counters.total(article)).isEqualTo(3);
	}

	@Test
	void aViewRememberedAsCountedBeforeACrashIsStillCounted() {
		// the crash came after the visitor's view was remembered and before the total was
		// stored
		var first = view(20, "dung");
		assertThat(recentViews.counts(article, "dung", NOON, 0, 20)).isTrue();

		aggregator.count(List.of(first, view(21, "dung")));

		assertThat(counters.total(article)).isEqualTo(1);
	}

	@Test
	void aReplayAnnouncesTheTotalAgainInCaseTheFirstAnnouncementFailed() {
		var batch = List.of(view(10, "an"), view(11, "binh"));
		var broken = new ViewAggregator(catalog, recentViews, counters,
				new EventPublisher(wiring, codec, new KafkaTemplate<>(unreachable)), Clock.systemUTC());

		assertThatThrownBy(() -> broken.count(batch)).as("the announcement fails").isNotNull();
		assertThat(counters.total(article)).as("the counter was updated before").isEqualTo(2);

		aggregator.count(batch);

		var announced = TestTopics.awaitRecord(infrastructure, Topics.VIEW_COUNTS,
				record -> article.equals(record.key()), Duration.ofSeconds(20));
		assertThat(announced.value()).contains("\"total\":2");
		assertThat(counters.total(article)).isEqualTo(2);
	}

	/**
	 * A zombie read the watermark, then the partition's new owner counted part of the
	 * same records before the zombie stored its tally: the overlap counts once.
	 */
	@Test
	void aZombieCountingTheSameRecordsAsTheNewOwnerCountsNoneTwice() {
		var owner = aggregator;
		var raced = new java.util.concurrent.atomic.AtomicBoolean();
		var racedCounters = new ViewCounters(mongo) {

			@Override
			long add(String articleId, long views, int partition, long countedUpTo, long lastOffset) {
				if (raced.compareAndSet(false, true)) {
					owner.count(List.of(view(10, "an"), view(11, "binh"), view(12, "chi")));
				}
				return super.add(articleId, views, partition, countedUpTo, lastOffset);
			}

		};
		var zombie = new ViewAggregator(catalog, recentViews, racedCounters,
				new EventPublisher(wiring, codec, new KafkaTemplate<>(producers)), Clock.systemUTC());

		zombie.count(List.of(view(10, "an"), view(11, "binh"), view(12, "chi"), view(13, "dung"), view(14, "em")));

		assertThat(raced).isTrue();
		assertThat(counters.total(article)).isEqualTo(5);
		assertThat(counters.lastOffset(article, 0)).isEqualTo(14);
	}

	@Test
	void viewsOnANewPartitionCountAfterPartitionsWereAdded() {
		aggregator.count(List.of(view(500, "an")));

		aggregator.count(List.of(view(1, 3, "binh")));

		assertThat(counters.total(article)).isEqualTo(2);
	}

	private Delivery<PageViewed> view(long offset, String visitorHash) {
		return view(0, offset, visitorHash);
	}

	private Delivery<PageViewed> view(int partition, long offset, String visitorHash) {
		var event = new PageViewed(UUID.randomUUID().toString(), NOON.plusSeconds(offset), article, visitorHash, false);
		return new Delivery<>(event, article, partition, offset);
	}

}
