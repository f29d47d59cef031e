package dev.newsroom.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * One consumer group's subscription to one topic: the bean that handles its events, a
 * method of it per event type it cares about, and what to do with a tombstone. The bean
 * is looked up when the listeners start, so a handler may itself publish events.
 */
public final class Subscription {

	private final String name;

	private final String topic;

	private final Class<?> handlerClass;

	private final Map<String, Handler<?, ?>> handlers;

	private final BiConsumer<Object, String> tombstone;

	private final BatchHandler<?, ?> batch;

	private final boolean replayed;

	Subscription(String name, String topic, Class<?> handlerClass, Map<String, Handler<?, ?>> handlers,
			BiConsumer<Object, String> tombstone, BatchHandler<?, ?> batch, boolean replayed) {
		this.name = name;
		this.topic = topic;
		this.handlerClass = handlerClass;
		this.handlers = Map.copyOf(handlers);
		this.tombstone = tombstone;
		this.batch = batch;
		this.replayed = replayed;
	}

	public String name() {
		return name;
	}

	public String topic() {
		return topic;
	}

	/** The bean whose methods handle this subscription's events. */
	public Class<?> handlerClass() {
		return handlerClass;
	}

	/** The event types this subscription handles, by name. */
	public Set<String> types() {
		return batch != null ? Set.of(batch.type().name()) : handlers.keySet();
	}

	public boolean handlesTombstones() {
		return tombstone != null;
	}

	public boolean inBatches() {
		return batch != null;
	}

	/**
	 * Read by every instance from the topic's beginning at each start, into state of its
	 * own: see {@link EventWiring.Builder#replay}.
	 */
	public boolean replayed() {
		return replayed;
	}

	/**
	 * The consumer group: the service's name and the subscription's, one rule for all. A
	 * replayed subscription's instances each add a suffix of their own to it.
	 */
	public String group(String service) {
		return service + "." + name;
	}

	/**
	 * Where records this group cannot process are kept, with the reason in headers; none
	 * for a replayed subscription, whose every instance would set the same record aside.
	 */
	public Optional<String> deadLetterTopic(String service) {
		return replayed ? Optional.empty() : Optional.of(group(service) + ".dlt");
	}

	Handler<?, ?> handler(String type) {
		return handlers.get(type);
	}

	BiConsumer<Object, String> tombstoneHandler() {
		return tombstone;
	}

	BatchHandler<?, ?> batchHandler() {
		return batch;
	}

	/**
	 * The handler methods of a record-at-a-time subscription, as its wiring lists them.
	 */
	public static final class Handlers<B> {

		private final Map<String, Handler<?, ?>> byType = new LinkedHashMap<>();

		private BiConsumer<Object, String> tombstone;

		Handlers() {
		}

		public <T extends Event> Handlers<B> event(EventType<T> type, BiConsumer<B, T> method) {
			if (byType.putIfAbsent(type.name(), new Handler<>(type, method)) != null) {
				throw new IllegalArgumentException(type + " has two handlers");
			}
			return this;
		}

		/** What to do when a key's value is deleted: the key is all there is. */
		@SuppressWarnings("unchecked")
		public Handlers<B> tombstone(BiConsumer<B, String> method) {
			this.tombstone = (bean, key) -> method.accept((B) bean, key);
			return this;
		}

		Map<String, Handler<?, ?>> byType() {
			return byType;
		}

		BiConsumer<Object, String> tombstone() {
			return tombstone;
		}

	}

	record Handler<B, T extends Event>(EventType<T> type, BiConsumer<B, T> method) {

		@SuppressWarnings("unchecked")
		void handle(Object bean, Object event) {
			method.accept((B) bean, type.dataClass().cast(event));
		}

	}

	record BatchHandler<B, T extends Event>(EventType<T> type, BiConsumer<B, List<Delivery<T>>> method) {

		@SuppressWarnings("unchecked")
		void handle(Object bean, List<Delivery<T>> deliveries) {
			method.accept((B) bean, deliveries);
		}

	}

}
