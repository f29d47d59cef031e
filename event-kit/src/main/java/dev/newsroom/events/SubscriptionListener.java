package dev.newsroom.events;

import java.util.ArrayList;
import java.util.List;

import dev.newsroom.contracts.Event;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.MessageListener;

/**
 * The one generic listener: reads {@code ce_type}, hands the event to the subscription's
 * handler method for that type, and skips types it has no handler for (a newer producer
 * may send them). Failures go to the container's error handler, which applies the
 * {@link FailurePolicy}.
 */
final class SubscriptionListener {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionListener.class);

	private SubscriptionListener() {
	}

	/** A listener for the subscription, calling the methods of {@code bean}. */
	static Object of(Subscription subscription, Object bean, CloudEvents codec) {
		return subscription.inBatches() ? new Batches<>(subscription, subscription.batchHandler(), bean, codec)
				: new Records(subscription, bean, codec);
	}

	private record Records(Subscription subscription, Object bean,
			CloudEvents codec) implements MessageListener<String, String> {

		@Override
		public void onMessage(ConsumerRecord<String, String> record) {
			if (record.value() == null) {
				if (subscription.handlesTombstones()) {
					subscription.tombstoneHandler().accept(bean, record.key());
				}
				return;
			}
			String type = CloudEvents.type(record);
			Subscription.Handler<?, ?> handler = subscription.handler(type);
			if (handler == null) {
				log.debug("{} skips {} at offset {}: no handler for it", subscription.name(), type, record.offset());
				return;
			}
			handler.handle(bean, codec.read(record, handler.type().dataClass()));
		}

	}

	/**
	 * A poll's records at once. A record that cannot be read ends the batch: the events
	 * before it are handled first, since the container commits their offsets together
	 * with the dead-lettered record, and the rest is delivered again. A tombstone is
	 * handled between the events before it and those after it.
	 */
	private record Batches<B, T extends Event>(Subscription subscription, Subscription.BatchHandler<B, T> handler,
			Object bean, CloudEvents codec) implements BatchMessageListener<String, String> {

		@Override
		public void onMessage(List<ConsumerRecord<String, String>> records) {
			List<Delivery<T>> deliveries = new ArrayList<>(records.size());
			List<Integer> positions = new ArrayList<>(records.size());
			for (int index = 0; index < records.size(); index++) {
				ConsumerRecord<String, String> record = records.get(index);
				if (record.value() == null && subscription.handlesTombstones()) {
					handle(deliveries, positions);
					// new lists: a handler may keep the one it was given
					deliveries = new ArrayList<>(records.size() - index);
					positions = new ArrayList<>(records.size() - index);
					forget(record.key(), index);
					continue;
				}
				try {
					if (record.value() != null && handler.type().name().equals(CloudEvents.type(record))) {
						deliveries.add(new Delivery<>(codec.read(record, handler.type().dataClass()), record.key(),
								record.partition(), record.offset()));
						positions.add(index);
					}
				}
				catch (RuntimeException unreadable) {
					handle(deliveries, positions);
					throw new BatchListenerFailedException("Unreadable event", unreadable, index);
				}
			}
			handle(deliveries, positions);
		}

		private void forget(String key, int index) {
			try {
				subscription.tombstoneHandler().accept(bean, key);
			}
			catch (RuntimeException failure) {
				throw new BatchListenerFailedException(subscription.name() + " failed on a tombstone", failure, index);
			}
		}

		/**
		 * In an outage the batch comes again from its first event, as long as the outage
		 * lasts. Any other failure is looked for one event at a time, so that the failure
		 * policy dead-letters the event at fault and not the good ones before it; the
		 * handler is idempotent, so handling an event again changes nothing.
		 */
		private void handle(List<Delivery<T>> deliveries, List<Integer> positions) {
			if (deliveries.isEmpty()) {
				return;
			}
			try {
				handler.handle(bean, deliveries);
			}
			catch (RuntimeException failure) {
				if (FailurePolicy.isOutage(failure)) {
					throw new BatchListenerFailedException(subscription.name() + " failed on a batch", failure,
							positions.get(0));
				}
				for (int i = 0; i < deliveries.size(); i++) {
					try {
						handler.handle(bean, List.of(deliveries.get(i)));
					}
					catch (RuntimeException atFault) {
						throw new BatchListenerFailedException(subscription.name() + " failed on an event", atFault,
								positions.get(i));
					}
				}
			}
		}

	}

}
