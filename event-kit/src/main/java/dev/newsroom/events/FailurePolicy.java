package dev.newsroom.events;

import java.util.List;
import java.util.function.Consumer;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import tools.jackson.core.JacksonException;

/**
 * What a subscription does with a record it fails on, three ways. One that cannot be read
 * goes straight to its group's dead-letter topic, with the exception in its headers, and
 * the consumer goes on. While MongoDB or Kafka is away the record is retried, with pauses
 * growing to ten seconds, for as long as the outage lasts: dead-lettering it would lose
 * its effect, as nothing replays a dead-letter topic by itself. Any other failure, a
 * defect most likely, or a record Kafka refuses to take (too large, say), is retried 15
 * times over about a minute and then dead-lettered, so one bad record cannot stop its
 * partition for good.
 */
final class FailurePolicy {

	private static final List<Class<? extends Throwable>> UNREADABLE = List.of(JacksonException.class,
			UnreadableEventException.class);

	private static final List<Class<? extends Throwable>> OUTAGES = List.of(TransientDataAccessException.class,
			DataAccessResourceFailureException.class, MongoSocketException.class, MongoTimeoutException.class,
			KafkaException.class);

	private static final Logger log = LoggerFactory.getLogger(FailurePolicy.class);

	private FailurePolicy() {
	}

	static DefaultErrorHandler errorHandler(KafkaTemplate<String, String> kafka, String deadLetterTopic) {
		var recoverer = new DeadLetterPublishingRecoverer(kafka,
				(record, exception) -> new TopicPartition(deadLetterTopic, -1));
		var handler = new DefaultErrorHandler(recoverer);
		handler.setBackOffFunction((record, exception) -> backOffFor(exception));
		return handler;
	}

	/**
	 * For a replayed subscription: the same retries, and then the record is logged and
	 * skipped rather than dead-lettered; {@code skipped} hears of it, as it would of a
	 * record handled.
	 */
	static DefaultErrorHandler skipping(String subscription, Consumer<ConsumerRecord<?, ?>> skipped) {
		var handler = new DefaultErrorHandler((record, exception) -> {
			log.error("{} skips the record at {}-{}@{}: {}", subscription, record.topic(), record.partition(),
					record.offset(), exception.toString());
			skipped.accept(record);
		});
		handler.setBackOffFunction((record, exception) -> backOffFor(exception));
		return handler;
	}

	static BackOff backOffFor(Throwable exception) {
		if (UNREADABLE.stream().anyMatch(unreadable -> causedBy(exception, unreadable))) {
			return new FixedBackOff(0, 0);
		}
		if (isOutage(exception)) {
			return untilItIsBack();
		}
		var backOff = new ExponentialBackOffWithMaxRetries(15);
		backOff.setInitialInterval(200);
		backOff.setMaxInterval(10_000);
		return backOff;
	}

	/** MongoDB or Kafka away: no record is to blame. */
	static boolean isOutage(Throwable exception) {
		return !KafkaRefusals.refusesTheRecord(exception)
				&& OUTAGES.stream().anyMatch(outage -> causedBy(exception, outage));
	}

	private static BackOff untilItIsBack() {
		var backOff = new ExponentialBackOff(200, 2);
		backOff.setMaxInterval(10_000);
		return backOff;
	}

	static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
