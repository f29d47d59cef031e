package dev.newsroom.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.listener.AcknowledgingMessageListener;
import org.springframework.kafka.support.Acknowledgment;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayProgressTest {

	private static final TopicPartition P0 = new TopicPartition("articles.v1", 0);

	private static final TopicPartition P1 = new TopicPartition("articles.v1", 1);

	private final List<Object> announced = new ArrayList<>();

	private final List<String> handled = new ArrayList<>();

	private final ReplayProgress progress = new ReplayProgress("search", announced::add);

	private final AcknowledgingMessageListener<String, String> listener = progress
		.tracking(record -> handled.add(record.key()));

	private final MockConsumer<String, String> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());

	@Test
	void caughtUpOnceEveryPartitionIsReadToWhereItEndedAtTheStart() {
		assign(Map.of(P0, 2L, P1, 1L));

		deliver(P0, 0);
		deliver(P1, 0);
		assertThat(announced).isEmpty();
		deliver(P0, 1);
		assertThat(announced).containsExactly(new ReplayCaughtUp("search"));

		deliver(P0, 2);
		progress.onPartitionsAssigned(consumer, List.of(P0, P1));
		assertThat(announced).as("once").hasSize(1);
		assertThat(handled).containsExactly("0-0", "1-0", "0-1", "0-2");
	}

	@Test
	void aRecordSkippedAfterItsFailuresCountsAsRead() {
		assign(Map.of(P0, 1L, P1, 0L));

		progress.passed(new ConsumerRecord<>(P0.topic(), 0, 0, "unreadable", "{"));

		assertThat(announced).containsExactly(new ReplayCaughtUp("search"));
	}

	@Test
	void anEmptyTopicIsCaughtUpAtOnce() {
		assign(Map.of(P0, 0L, P1, 0L));

		assertThat(announced).containsExactly(new ReplayCaughtUp("search"));
	}

	@Test
	void nothingIsAnnouncedBeforeThereArePartitions() {
		progress.onPartitionsAssigned(consumer, List.of());

		assertThat(announced).isEmpty();
	}

	private void assign(Map<TopicPartition, Long> ends) {
		consumer.assign(ends.keySet());
		consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
		consumer.updateEndOffsets(ends);
		progress.onPartitionsAssigned(consumer, ends.keySet());
	}

	private void deliver(TopicPartition partition, long offset) {
		listener.onMessage(new ConsumerRecord<>(partition.topic(), partition.partition(), offset,
				partition.partition() + "-" + offset, "{}"), (Acknowledgment) null);
	}

}
