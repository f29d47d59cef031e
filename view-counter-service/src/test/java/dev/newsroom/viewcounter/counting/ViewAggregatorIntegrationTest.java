package dev.newsroom.viewcounter.counting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;
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
import dev.newsroom.viewcounter.catalog.PublicationCatalogued;
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
 * The aggregator against a MongoDB-wire server and a broker: redelivery, as after a crash
 * before the offsets were committed, and consumers counting the same records at once must
 * count every view once, however often its batch comes again.
 */
class ViewAggregatorIntegrationTest {

	private static final Instant NOON = Instant.parse("2026-11-20T05:00:00Z");

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Infrastructure infrastructure = Infrastructure.embedded();

	private final CloudEvents codec = new CloudEvents(JsonMapper.builder().build(), "test");

	private final EventWiring wiring = EventWiring.builder()
		.produces(Topics.VIEW_COUNTS, TopicKind.ENTITY, "article id", ViewCountChanged.TYPE)
		.build();

	private MongoClient client;

	private DefaultKafkaProducerFactory<String, String> producers;

	private DefaultKafkaProducerFactory<String, String> unreachable;

	private ArticleCatalog catalog;

	private final CountingRules rules = new CountingRules(Duration.ofMinutes(30), 3);

	private RecentViews recentViews;

	private HeldViews heldViews;

	/** Each with its threads for reading, stopped after the test. */
	private final List<ViewAggregator> aggregators = new ArrayList<>();

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
		// the catalogue tells the aggregator of a publication, as the application's
		// events do
		catalog = new ArticleCatalog(mongo, new EventPublisher(wiring, codec, new KafkaTemplate<>(producers)),
				catalogued -> aggregator.published((PublicationCatalogued) catalogued));
		unreachable = producers("127.0.0.1:9"); // discard port: nothing listens there
		recentViews = new RecentViews(mongo, rules, Clock.systemUTC());
		heldViews = new HeldViews(mongo, Clock.systemUTC(), Duration.ofMinutes(10), 1000, 1000);
		counters = new ViewCounters(mongo);
		aggregator = aggregator(counters, producers);
		publish(article);
	}

	@AfterEach
	void tearDown() {
		aggregators.forEach(ViewAggregator::stopReading);
		producers.destroy();
		unreachable.destroy();
		client.close();
	}

	private ViewAggregator aggregator(ViewCounters counters, DefaultKafkaProducerFactory<String, String> producers) {
		var made = new ViewAggregator(catalog, rules, recentViews, counters, heldViews,
				new EventPublisher(wiring, codec, new KafkaTemplate<>(producers)), Clock.systemUTC(), VIETNAM);
		aggregators.add(made);
		return made;
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

		assertThat(total()).isEqualTo(2);
		assertThat(counters.find(article).orElseThrow().countedUpTo(0)).isEqualTo(12);
	}

	@Test
	void aBatchThatOverlapsTheCountedOnesCountsOnlyTheNewViews() {
		aggregator.count(List.of(view(10, "an"), view(11, "binh")));

		aggregator.count(List.of(view(10, "an"), view(11, "binh"), view(12, "chi"), view(13, "binh")));

		assertThat(total()).isEqualTo(3);
	}

	@Test
	void aCrashAfterTheHistoriesWereStoredAndBeforeTheTotalCountsEveryViewOnceOnReplay() {
		var crashing = new AtomicBoolean(true);
		var crashingCounters = new ViewCounters(mongo) {

			@Override
			void save(Collection<Versioned<Counter>> counters) {
				if (crashing.getAndSet(false)) {
					throw new IllegalStateException("the process died here");
				}
				super.save(counters);
			}

		};
		// the same visitor an hour apart, twice, and another one: a batch spanning more
		// than the window
		var batch = List.of(view(20, "dung"), view(21, "dung"), viewAt(22, "dung", NOON.plusSeconds(3600)),
				view(23, "em"));
		var crashingAggregator = aggregator(crashingCounters, producers);

		assertThatThrownBy(() -> crashingAggregator.count(batch)).hasMessageContaining("died");
		crashingAggregator.count(batch);

		assertThat(total()).isEqualTo(3);
	}

	@Test
	void aReplayAnnouncesTheTotalAgainInCaseTheFirstAnnouncementFailed() {
		var batch = List.of(view(10, "an"), view(11, "binh"));
		var broken = aggregator(counters, unreachable);

		assertThatThrownBy(() -> broken.count(batch)).as("the announcement fails").isNotNull();
		assertThat(total()).as("the counter was updated before").isEqualTo(2);

		aggregator.count(batch);

		var announced = TestTopics.awaitRecord(infrastructure, Topics.VIEW_COUNTS,
				record -> article.equals(record.key()), Duration.ofSeconds(20));
		assertThat(announced.value()).contains("\"total\":2");
		assertThat(total()).isEqualTo(2);
	}

	/**
	 * A zombie read the counter, then the partition's new owner counted part of the same
	 * records before the zombie stored its tally: the overlap counts once.
	 */
	@Test
	void aZombieCountingTheSameRecordsAsTheNewOwnerCountsNoneTwice() {
		var owner = aggregator;
		var raced = new AtomicBoolean();
		var racedCounters = new ViewCounters(mongo) {

			@Override
			void save(Collection<Versioned<Counter>> counters) {
				if (raced.compareAndSet(false, true)) {
					owner.count(List.of(view(10, "an"), view(11, "binh"), view(12, "chi")));
				}
				super.save(counters);
			}

		};
		var zombie = aggregator(racedCounters, producers);

		zombie.count(List.of(view(10, "an"), view(11, "binh"), view(12, "chi"), view(13, "dung"), view(14, "em")));

		assertThat(raced).isTrue();
		assertThat(total()).isEqualTo(5);
		assertThat(counters.find(article).orElseThrow().countedUpTo(0)).isEqualTo(14);
	}

	@Test
	void twoConsumersCountingTheSameRecordsAtOnceCountEachOnce() {
		List<Delivery<PageViewed>> batch = new ArrayList<>();
		for (int offset = 0; offset < 200; offset++) {
			batch.add(view(offset, "visitor-" + offset));
		}
		var other = aggregator(new ViewCounters(mongo), producers);

		var first = CompletableFuture.runAsync(() -> aggregator.count(batch));
		var second = CompletableFuture.runAsync(() -> other.count(batch));
		CompletableFuture.allOf(first, second).join();

		assertThat(total()).isEqualTo(200);
	}

	@Test
	void viewsOnANewPartitionCountAfterPartitionsWereAdded() {
		aggregator.count(List.of(view(500, "an")));

		aggregator.count(List.of(view(3, 1, "binh")));

		assertThat(total()).isEqualTo(2);
	}

	@Test
	void aViewCountsOnItsDayInVietnam() {
		// half past midnight on the 21st in Hà Nội
		aggregator.count(List.of(viewAt(1, "an", Instant.parse("2026-11-20T17:30:00Z")),
				viewAt(2, "binh", Instant.parse("2026-11-20T16:30:00Z"))));

		Counter counter = counters.find(article).orElseThrow();
		assertThat(counter.viewsOn(LocalDate.parse("2026-11-21"))).isEqualTo(1);
		assertThat(counter.viewsOn(LocalDate.parse("2026-11-20"))).isEqualTo(1);
		assertThat(counter.viewsOfLastDays(LocalDate.parse("2026-11-21"), 7)).isEqualTo(2);
	}

	@Test
	void botsAreCountedApartFromThePublicTotal() {
		var crawler = new PageViewed(UUID.randomUUID().toString(), NOON, article, "googlebot", null, "crawler-address",
				true);

		aggregator.count(List.of(new Delivery<>(crawler, article, 0, 5), view(6, "an")));

		Counter counter = counters.find(article).orElseThrow();
		assertThat(counter.total()).isEqualTo(1);
		assertThat(counter.bots()).isEqualTo(1);
	}

	@Test
	void oneAddressCountsAtMostItsLimitOfReadersPerArticle() {
		List<Delivery<PageViewed>> office = new ArrayList<>();
		for (int reader = 0; reader < 5; reader++) {
			office.add(new Delivery<>(new PageViewed(UUID.randomUUID().toString(), NOON.plusSeconds(reader), article,
					"reader-" + reader, null, "office", false), article, 0, reader));
		}

		aggregator.count(office.subList(0, 2));
		aggregator.count(office.subList(2, 5));

		assertThat(total()).as("the limit in these rules is 3").isEqualTo(3);
	}

	@Test
	void viewsOfAnArticleTheCatalogueDoesNotKnowYetAreCountedOnceItsPublicationArrives() {
		String breaking = UUID.randomUUID().toString();
		aggregator.count(List.of(viewOf(breaking, 30, "an"), viewOf(breaking, 31, "binh")));
		assertThat(counters.find(breaking)).as("held, not counted").isEmpty();

		publish(breaking);
		assertThat(counters.find(breaking).orElseThrow().total()).as("counted as the publication arrived").isEqualTo(2);
		// their records come again, as after a crash, and a later view comes
		aggregator
			.count(List.of(viewOf(breaking, 30, "an"), viewOf(breaking, 31, "binh"), viewOf(breaking, 32, "chi")));

		assertThat(counters.find(breaking).orElseThrow().total()).isEqualTo(3);
		assertThat(heldViews.of(List.of(breaking))).as("released").isEmpty();
	}

	@Test
	void heldViewsComeBeforeTheArticlesLaterViewsWhenBothArriveInOneBatch() {
		String breaking = UUID.randomUUID().toString();
		aggregator.count(List.of(viewOf(breaking, 40, "an")));
		// the publication reaches the catalogue, whose news of it is lost with a crash
		var silent = new ArticleCatalog(mongo, new EventPublisher(wiring, codec, new KafkaTemplate<>(producers)),
				ignored -> {
				});
		silent.published(published(breaking));

		aggregator.count(List.of(viewOf(breaking, 41, "binh")));

		assertThat(counters.find(breaking).orElseThrow().total()).isEqualTo(2);
		assertThat(counters.find(breaking).orElseThrow().countedUpTo(0)).isEqualTo(41);
	}

	@Test
	void viewsOfArticlesThatAreKnownAndNotPublishedAreNotHeld() {
		String withdrawn = UUID.randomUUID().toString();
		publish(withdrawn);
		catalog.unpublished(new ArticleUnpublished(UUID.randomUUID().toString(), NOON, withdrawn, 3, "bai"));

		aggregator.count(List.of(viewOf(withdrawn, 50, "an")));

		assertThat(heldViews.of(List.of(withdrawn))).isEmpty();
		assertThat(counters.find(withdrawn)).isEmpty();
	}

	private void publish(String articleId) {
		catalog.published(published(articleId));
	}

	private static ArticlePublished published(String articleId) {
		return new ArticlePublished(UUID.randomUUID().toString(), NOON, articleId, 2, "bai", "Bài", "",
				"<p>Thân bài</p>", "Thời sự", List.of(), "", null, null, List.of(), List.of(), List.of(), "", "", "",
				NOON, NOON);
	}

	private Delivery<PageViewed> viewOf(String articleId, long offset, String visitorHash) {
		return new Delivery<>(new PageViewed(UUID.randomUUID().toString(), NOON.plusSeconds(offset), articleId,
				visitorHash, null, "address-of-" + visitorHash, false), articleId, 0, offset);
	}

	private long total() {
		return counters.find(article).map(Counter::total).orElse(0L);
	}

	private Delivery<PageViewed> view(long offset, String visitorHash) {
		return view(0, offset, visitorHash);
	}

	private Delivery<PageViewed> view(int partition, long offset, String visitorHash) {
		return new Delivery<>(new PageViewed(UUID.randomUUID().toString(), NOON.plusSeconds(offset), article,
				visitorHash, null, "address-of-" + visitorHash, false), article, partition, offset);
	}

	private Delivery<PageViewed> viewAt(long offset, String visitorHash, Instant at) {
		return new Delivery<>(new PageViewed(UUID.randomUUID().toString(), at, article, visitorHash, null,
				"address-of-" + visitorHash, false), article, 0, offset);
	}

}
