package dev.newsroom.events;

import java.util.List;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells a record Kafka refuses for what it is (too large, invalid) from a Kafka that
 * cannot take any record now (unreachable, no leader, not authorised, confused). Only the
 * first is the record's fault: trying it again will not help, and it must not hold up the
 * others. The second is waited out, however long, since setting records aside for it
 * would set aside every one.
 */
public final class KafkaRefusals {

	private static final List<Class<? extends Throwable>> OF_THE_RECORD = List.of(RecordTooLargeException.class,
			RecordBatchTooLargeException.class, InvalidRecordException.class, InvalidTopicException.class,
			SerializationException.class);

	private KafkaRefusals() {
	}

	public static boolean refusesTheRecord(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			for (Class<? extends Throwable> refusal : OF_THE_RECORD) {
				if (refusal.isInstance(cause)) {
					return true;
				}
			}
		}
		return false;
	}

}
