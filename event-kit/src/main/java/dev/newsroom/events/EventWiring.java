package dev.newsroom.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * Everything a service does with events, in one place: the topics it produces (with the
 * event types on each), the aggregates whose outbox is relayed to them, and every
 * subscription, {@code (topic, event type) → handler}. Each service builds one in its
 * wiring class; the kit declares the topics, starts one listener per subscription, and
 * refuses to publish what is not declared here, so this map cannot drift from the code.
 *
 * <pre>
 * EventWiring.builder()
 *     .produces(Topics.ARTICLES, TopicKind.ENTITY, "article id", ArticlePublished.TYPE)
 *     .relaysOutboxOf(Article.class)
 *     .subscribe("media", Topics.MEDIA, MediaCatalog.class, on -&gt; on
 *         .event(MediaDescribed.TYPE, MediaCatalog::describe))
 *     .build();
 * </pre>
 */
public final class EventWiring {

	private final Map<String, ProducedTopic> produced;

	private final List<Class<?>> outboxAggregates;

	private final List<Subscription> subscriptions;

	private EventWiring(Builder builder) {
		this.produced = Map.copyOf(builder.produced);
		this.outboxAggregates = List.copyOf(builder.outboxAggregates);
		this.subscriptions = List.copyOf(builder.subscriptions);
	}

	public static Builder builder() {
		return new Builder();
	}

	public List<ProducedTopic> producedTopics() {
		return produced.values().stream().sorted((a, b) -> a.topic().compareTo(b.topic())).toList();
	}

	public List<Class<?>> outboxAggregates() {
		return outboxAggregates;
	}

	public List<Subscription> subscriptions() {
		return subscriptions;
	}

	/**
	 * The declared type of an event this service may put on {@code topic}; anything else
	 * is a mistake in the code, not in the data.
	 */
	EventType<?> producedType(String topic, Event event) {
		ProducedTopic declared = produced.get(topic);
		if (declared == null) {
			throw new IllegalStateException("This service does not produce " + topic + "; declare it in its wiring");
		}
		return declared.typeOf(event.getClass())
			.orElseThrow(() -> new IllegalStateException(event.getClass().getSimpleName()
					+ " is not declared as an event of " + topic + " in this service's wiring"));
	}

	boolean producesEntity(String topic) {
		ProducedTopic declared = produced.get(topic);
		return declared != null && declared.kind() == TopicKind.ENTITY;
	}

	/** A topic this service produces: its kind, what its key is, and its event types. */
	public record ProducedTopic(String topic, TopicKind kind, String key, List<EventType<?>> types) {

		Optional<EventType<?>> typeOf(Class<?> dataClass) {
			return types.stream().filter(type -> type.dataClass().equals(dataClass)).findFirst();
		}

	}

	public static final class Builder {

		private final Map<String, ProducedTopic> produced = new LinkedHashMap<>();

		private final List<Class<?>> outboxAggregates = new ArrayList<>();

		private final List<Subscription> subscriptions = new ArrayList<>();

		private Builder() {
		}

		/**
		 * A topic this service owns: it declares it and is the only one to write to it.
		 * @param key what the record key is, e.g. "article id"
		 */
		public Builder produces(String topic, TopicKind kind, String key, EventType<?>... types) {
			if (produced.putIfAbsent(topic, new ProducedTopic(topic, kind, key, List.of(types))) != null) {
				throw new IllegalArgumentException(topic + " is declared twice");
			}
			return this;
		}

		/**
		 * An aggregate whose document keeps its events in an {@code Outbox} until they
		 * are published; the collection is the aggregate's own.
		 */
		public Builder relaysOutboxOf(Class<?> aggregate) {
			outboxAggregates.add(aggregate);
			return this;
		}

		/**
		 * A subscription to one topic, one record at a time, handled by methods of one
		 * bean. {@code name} becomes the consumer group {@code <service>.<name>}; events
		 * of a type without a handler are skipped, so producers may add types.
		 */
		public <B> Builder subscribe(String name, String topic, Class<B> handler,
				Consumer<Subscription.Handlers<B>> methods) {
			var declared = new Subscription.Handlers<B>();
			methods.accept(declared);
			return add(new Subscription(name, topic, handler, declared.byType(), declared.tombstone(), null, false));
		}

		/**
		 * A subscription whose every instance reads the whole topic, from its beginning
		 * at each start, into state the instance keeps to itself (an in-memory index,
		 * say) and rebuilds on the next start. Nothing is committed and no record is
		 * dead-lettered: a record that cannot be handled is logged and skipped, as the
		 * service's other instances skip it too. A compacted topic holds the latest
		 * snapshot of every entity, so it is all such state needs. When the instance has
		 * read as far as the topic went when it started, the kit publishes
		 * {@link ReplayCaughtUp}.
		 */
		public <B> Builder replay(String name, String topic, Class<B> handler,
				Consumer<Subscription.Handlers<B>> methods) {
			var declared = new Subscription.Handlers<B>();
			methods.accept(declared);
			return add(new Subscription(name, topic, handler, declared.byType(), declared.tombstone(), null, true));
		}

		/**
		 * A subscription that takes each poll's events of one type at once, with their
		 * partitions and offsets, for consumers that fold many events into one write.
		 */
		public <B, T extends Event> Builder subscribeInBatches(String name, String topic, EventType<T> type,
				Class<B> handler, BiConsumer<B, List<Delivery<T>>> method) {
			return add(new Subscription(name, topic, handler, Map.of(), null,
					new Subscription.BatchHandler<>(type, method), false));
		}

		/**
		 * The same, on an entity topic whose keys are deleted too: a tombstone is handled
		 * in its place in the log, after the events before it and before those after it.
		 */
		@SuppressWarnings("unchecked")
		public <B, T extends Event> Builder subscribeInBatches(String name, String topic, EventType<T> type,
				Class<B> handler, BiConsumer<B, List<Delivery<T>>> method, BiConsumer<B, String> tombstone) {
			Objects.requireNonNull(tombstone, "tombstone");
			return add(new Subscription(name, topic, handler, Map.of(), (bean, key) -> tombstone.accept((B) bean, key),
					new Subscription.BatchHandler<>(type, method), false));
		}

		private Builder add(Subscription subscription) {
			if (!subscription.name().matches("[a-z][a-z0-9-]*")) {
				throw new IllegalArgumentException(
						"Subscription names are lower-case words joined by hyphens, not " + subscription.name());
			}
			if (subscriptions.stream().anyMatch(other -> other.name().equals(subscription.name()))) {
				throw new IllegalArgumentException("Two subscriptions are named " + subscription.name());
			}
			subscriptions.add(subscription);
			return this;
		}

		public EventWiring build() {
			return new EventWiring(this);
		}

	}

}
