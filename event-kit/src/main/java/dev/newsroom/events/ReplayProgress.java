package dev.newsroom.events;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.listener.AcknowledgingMessageListener;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * How far a replayed subscription has read: the end of each partition when it was first
 * assigned is the mark, and once every partition has passed its mark the subscription has
 * caught up, which is announced once. It also wraps the subscription's listener as an
 * acknowledging one that never acknowledges, so that nothing is ever committed.
 */
final class ReplayProgress implements ConsumerAwareRebalanceListener {

	private final String subscription;

	private final ApplicationEventPublisher events;

	private final Map<TopicPartition, Long> marks = new ConcurrentHashMap<>();

	private final AtomicBoolean caughtUp = new AtomicBoolean();

	ReplayProgress(String subscription, ApplicationEventPublisher events) {
		this.subscription = subscription;
		this.events = events;
	}

	@Override
	public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		if (caughtUp.get() || !marks.isEmpty() || partitions.isEmpty()) {
			return;
		}
		Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
		for (TopicPartition partition : partitions) {
			if (consumer.position(partition) < ends.get(partition)) {
				marks.put(partition, ends.get(partition));
			}
		}
		announceIfDone();
	}

	AcknowledgingMessageListener<String, String> tracking(MessageListener<String, String> listener) {
		return (ConsumerRecord<String, String> record, Acknowledgment neverUsed) -> {
			listener.onMessage(record);
			passed(record);
		};
	}

	/** A record handled, or skipped after its failures: either way read. */
	void passed(ConsumerRecord<?, ?> record) {
		if (caughtUp.get()) {
			return;
		}
		TopicPartition partition = new TopicPartition(record.topic(), record.partition());
		Long mark = marks.get(partition);
		if (mark != null && record.offset() + 1 >= mark) {
			marks.remove(partition);
			announceIfDone();
		}
	}

	private void announceIfDone() {
		if (marks.isEmpty() && caughtUp.compareAndSet(false, true)) {
			events.publishEvent(new ReplayCaughtUp(subscription));
		}
	}

}
