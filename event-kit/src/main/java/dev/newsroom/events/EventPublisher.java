package dev.newsroom.events;

import java.util.concurrent.CompletableFuture;

import dev.newsroom.contracts.Event;
import dev.newsroom.events.outbox.OutboxMessage;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * The only way a service puts events on Kafka: each must be declared in the service's
 * wiring. State changes go through the outbox of their aggregate
 * ({@link #outboxMessage}); what has no aggregate to live in (a page view, a total
 * computed from many) is {@linkplain #publish published} directly.
 */
public class EventPublisher {

	private final EventWiring wiring;

	private final CloudEvents codec;

	private final KafkaTemplate<String, String> kafka;

	public EventPublisher(EventWiring wiring, CloudEvents codec, KafkaTemplate<String, String> kafka) {
		this.wiring = wiring;
		this.codec = codec;
		this.kafka = kafka;
	}

	/** Completes once the broker has the event on all in-sync replicas. */
	public CompletableFuture<SendResult<String, String>> publish(String topic, String key, Event event) {
		String type = wiring.producedType(topic, event).name();
		return kafka.send(codec.record(topic, key, type, event));
	}

	/**
	 * The end of a key on an entity topic this service produces, for what has no outbox
	 * (a total derived from many events).
	 */
	public CompletableFuture<SendResult<String, String>> publishTombstone(String topic, String key) {
		requireEntityTopic(topic);
		return kafka.send(CloudEvents.tombstone(topic, key));
	}

	/** The event, ready to wait in its aggregate's outbox. */
	public OutboxMessage outboxMessage(String topic, String key, Event event) {
		String type = wiring.producedType(topic, event).name();
		return OutboxMessage.event(event.eventId(), topic, key, type, event.occurredAt(), codec.toJson(event));
	}

	/**
	 * The end of a key on an entity topic, to stage after the event that says why:
	 * compaction then drops every record of the key.
	 */
	public OutboxMessage outboxTombstone(String topic, String key, Event after) {
		requireEntityTopic(topic);
		return OutboxMessage.tombstone(after.eventId() + ".tombstone", topic, key, after.occurredAt());
	}

	private void requireEntityTopic(String topic) {
		if (!wiring.producesEntity(topic)) {
			throw new IllegalStateException("Only entity topics this service produces take tombstones, not " + topic);
		}
	}

}
