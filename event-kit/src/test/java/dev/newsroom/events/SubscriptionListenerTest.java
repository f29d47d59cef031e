package dev.newsroom.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.views.PageViewed;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.MessageListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generic listener's dispatch, fed records by hand. */
class SubscriptionListenerTest {

	private final CloudEvents codec = new CloudEvents(JsonMapper.builder().build(), "test");

	/** The handler bean: keeps what it is given. */
	private final List<Object> handled = new ArrayList<>();

	@Test
	void eachTypeGoesToItsHandlerAndUnknownTypesAreSkipped() {
		var listener = recordListener(EventWiring.builder()
			.subscribe("catalog", "articles.v1", List.class, on -> on.event(ArticlePublished.TYPE, List::add))
			.build());

		listener.onMessage(record(0, "dev.newsroom.article.published.v1", """
				{"eventId":"e1","articleId":"a1","revision":2,"title":"Tin","aFieldFromTheFuture":true}"""));
		listener.onMessage(record(1, "dev.newsroom.article.renamed.v7", "{\"eventId\":\"e2\"}"));

		assertThat(handled).singleElement()
			.isInstanceOfSatisfying(ArticlePublished.class, event -> assertThat(event.title()).isEqualTo("Tin"));
	}

	@Test
	void aTombstoneGoesToTheTombstoneHandlerOrNowhere() {
		var forgetting = recordListener(EventWiring.builder()
			.subscribe("catalog", "articles.v1", List.class, on -> on.tombstone(List::add))
			.build());
		var ignoring = recordListener(EventWiring.builder()
			.subscribe("catalog", "articles.v1", List.class, on -> on.event(ArticlePublished.TYPE, List::add))
			.build());

		forgetting.onMessage(new ConsumerRecord<>("articles.v1", 0, 5, "a1", null));
		ignoring.onMessage(new ConsumerRecord<>("articles.v1", 0, 6, "a2", null));

		assertThat(handled).containsExactly("a1");
	}

	@Test
	void aRecordWithoutATypeOrWithBrokenJsonIsUnreadable() {
		var listener = recordListener(EventWiring.builder()
			.subscribe("catalog", "articles.v1", List.class, on -> on.event(ArticlePublished.TYPE, List::add))
			.build());

		assertThatThrownBy(() -> listener.onMessage(new ConsumerRecord<>("articles.v1", 0, 1, "a1", "{}")))
			.isInstanceOf(UnreadableEventException.class);
		assertThatThrownBy(() -> listener.onMessage(record(2, "dev.newsroom.article.published.v1", "{not json")))
			.isInstanceOf(JacksonException.class);
	}

	@Test
	void aBatchHandsOverItsEventsWithPartitionAndOffset() {
		List<List<Delivery<PageViewed>>> batches = new ArrayList<>();
		var listener = batchListener(EventWiring.builder()
			.subscribeInBatches("aggregator", "views.v1", PageViewed.TYPE, List.class, List::add)
			.build(), batches);

		listener
			.onMessage(List.of(view(10, "an"), record(11, "dev.newsroom.views.unknown.v1", "{}"), view(12, "binh")));

		assertThat(batches).singleElement().satisfies(batch -> {
			assertThat(batch).extracting(Delivery::offset).containsExactly(10L, 12L);
			assertThat(batch).extracting(delivery -> delivery.event().visitorHash()).containsExactly("an", "binh");
			assertThat(batch).extracting(Delivery::key).containsOnly("a1");
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void aTombstoneInABatchIsHandledBetweenTheEventsBeforeAndAfterIt() {
		List<Object> seen = new ArrayList<>();
		var listener = batchListener(EventWiring.builder()
			.subscribeInBatches("totals", "views.v1", PageViewed.TYPE, List.class, List::add, List::add)
			.build(), seen);

		listener.onMessage(
				List.of(view(10, "an"), view(11, "binh"), tombstone(12, "a1"), view(13, "chi"), tombstone(14, "a2")));

		// the batches as the handler kept them: each its own list
		assertThat(seen).hasSize(4);
		assertThat((List<Delivery<?>>) seen.get(0)).extracting(Delivery::offset).containsExactly(10L, 11L);
		assertThat(seen.get(1)).isEqualTo("a1");
		assertThat((List<Delivery<?>>) seen.get(2)).extracting(Delivery::offset).containsExactly(13L);
		assertThat(seen.get(3)).isEqualTo("a2");
	}

	@Test
	void inAnOutageAfterATombstoneTheBatchComesAgainFromTheEventAfterIt() {
		List<Object> seen = new ArrayList<>();
		var listener = batchListener(EventWiring.builder()
			.subscribeInBatches("totals", "views.v1", PageViewed.TYPE, List.class,
					(List bean, List<Delivery<PageViewed>> batch) -> {
						throw new DataAccessResourceFailureException("MongoDB is away");
					}, List::add)
			.build(), seen);

		assertThatThrownBy(() -> listener.onMessage(List.of(tombstone(10, "a1"), view(11, "binh"))))
			.isInstanceOfSatisfying(BatchListenerFailedException.class,
					failedAt(1, DataAccessResourceFailureException.class));
		assertThat(seen).containsExactly("a1");
	}

	@Test
	void aBatchSubscriptionWithoutATombstoneHandlerSkipsTombstones() {
		List<List<Delivery<PageViewed>>> batches = new ArrayList<>();
		var listener = batchListener(EventWiring.builder()
			.subscribeInBatches("aggregator", "views.v1", PageViewed.TYPE, List.class, List::add)
			.build(), batches);

		listener.onMessage(List.of(view(10, "an"), tombstone(11, "a1"), view(12, "binh")));

		assertThat(batches).singleElement()
			.satisfies(batch -> assertThat(batch).extracting(Delivery::offset).containsExactly(10L, 12L));
	}

	@Test
	void aTombstoneThatFailsIsNamedAfterTheEventsBeforeItAreHandled() {
		List<Object> seen = new ArrayList<>();
		var listener = batchListener(EventWiring.builder()
			.subscribeInBatches("totals", "views.v1", PageViewed.TYPE, List.class,
					(List bean, List<Delivery<PageViewed>> batch) -> bean.add(batch.size()), (bean, key) -> {
						throw new DataAccessResourceFailureException("MongoDB is away");
					})
			.build(), seen);

		assertThatThrownBy(() -> listener.onMessage(List.of(view(10, "an"), tombstone(11, "a1"), view(12, "binh"))))
			.isInstanceOfSatisfying(BatchListenerFailedException.class,
					failedAt(1, DataAccessResourceFailureException.class));
		assertThat(seen).containsExactly(1);
	}

	@Test
	void anUnreadableRecordEndsTheBatchAfterTheEventsBeforeItAreHandled() {
		List<List<Delivery<PageViewed>>> batches = new ArrayList<>();
		var listener = batchListener(EventWiring.builder()
			.subscribeInBatches("aggregator", "views.v1", PageViewed.TYPE, List.class, List::add)
			.build(), batches);

		assertThatThrownBy(() -> listener.onMessage(List.of(view(10, "an"),
				record(11, "dev.newsroom.views.page-viewed.v1", "{not json"), view(12, "binh"))))
			.isInstanceOfSatisfying(BatchListenerFailedException.class, failedAt(1, JacksonException.class));
		assertThat(batches).singleElement()
			.satisfies(batch -> assertThat(batch).extracting(Delivery::offset).containsExactly(10L));
	}

	@Test
	void anEventAtFaultIsFoundAndNamedAndTheEventsBeforeItAreHandled() {
		List<List<Delivery<PageViewed>>> handledBatches = new ArrayList<>();
		var listener = batchListener(EventWiring.builder()
			.subscribeInBatches("aggregator", "views.v1", PageViewed.TYPE, List.class,
					(List bean, List<Delivery<PageViewed>> batch) -> {
						if (batch.stream().anyMatch(view -> view.event().visitorHash().equals("binh"))) {
							throw new IllegalArgumentException("a defect that binh's view sets off");
						}
						bean.add(batch);
					})
			.build(), handledBatches);

		assertThatThrownBy(() -> listener.onMessage(List.of(view(10, "an"),
				record(11, "dev.newsroom.views.other.v1", "{}"), view(12, "binh"), view(13, "chi"))))
			.isInstanceOfSatisfying(BatchListenerFailedException.class, ex -> {
				assertThat(ex.getIndex()).as("binh's record, not the batch's first").isEqualTo(2);
				assertThat(ex.getCause()).hasMessageContaining("binh");
			});
		assertThat(handledBatches).singleElement()
			.satisfies(batch -> assertThat(batch).extracting(Delivery::offset).containsExactly(10L));
	}

	@Test
	void inAnOutageTheBatchComesAgainFromItsFirstEvent() {
		var listener = batchListener(EventWiring.builder()
			.subscribeInBatches("aggregator", "views.v1", PageViewed.TYPE, List.class, (bean, batch) -> {
				throw new DataAccessResourceFailureException("MongoDB is away");
			})
			.build(), List.of());

		assertThatThrownBy(() -> listener
			.onMessage(List.of(record(9, "dev.newsroom.views.other.v1", "{}"), view(10, "an"), view(11, "binh"))))
			.isInstanceOfSatisfying(BatchListenerFailedException.class,
					failedAt(1, DataAccessResourceFailureException.class));
	}

	@Test
	void aBatchThatFailsOnlyAsAWholeIsHandledEventByEvent() {
		List<List<Delivery<PageViewed>>> handledBatches = new ArrayList<>();
		var listener = batchListener(EventWiring.builder()
			.subscribeInBatches("aggregator", "views.v1", PageViewed.TYPE, List.class,
					(List bean, List<Delivery<PageViewed>> batch) -> {
						if (batch.size() > 1) {
							throw new IllegalStateException("too much at once");
						}
						bean.add(batch);
					})
			.build(), handledBatches);

		listener.onMessage(List.of(view(10, "an"), view(11, "binh")));

		assertThat(handledBatches).hasSize(2);
	}

	/** The batch failed at the record of this index, for a cause of this type. */
	private static Consumer<BatchListenerFailedException> failedAt(int index, Class<? extends Throwable> cause) {
		return failed -> {
			assertThat(failed.getIndex()).isEqualTo(index);
			assertThat(failed.getCause()).isInstanceOf(cause);
		};
	}

	@SuppressWarnings("unchecked")
	private MessageListener<String, String> recordListener(EventWiring wiring) {
		return (MessageListener<String, String>) SubscriptionListener.of(wiring.subscriptions().get(0), handled, codec);
	}

	@SuppressWarnings("unchecked")
	private BatchMessageListener<String, String> batchListener(EventWiring wiring, List<?> batches) {
		return (BatchMessageListener<String, String>) SubscriptionListener.of(wiring.subscriptions().get(0), batches,
				codec);
	}

	private ConsumerRecord<String, String> view(long offset, String visitor) {
		return record(offset, PageViewed.TYPE.name(),
				codec.toJson(new PageViewed("e" + offset, Instant.EPOCH, "a1", visitor, null, null, false)));
	}

	private static ConsumerRecord<String, String> tombstone(long offset, String key) {
		return new ConsumerRecord<>("topic", 0, offset, key, null);
	}

	private static ConsumerRecord<String, String> record(long offset, String type, String json) {
		var record = new ConsumerRecord<>("topic", 0, offset, "a1", json);
		record.headers().add("ce_type", type.getBytes());
		return record;
	}

}
