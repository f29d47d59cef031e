package dev.newsroom.events;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.ServerAddress;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class FailurePolicyTest {

	@Test
	void anUnreadableRecordIsDeadLetteredAtOnce() {
		Exception unreadable = new IllegalStateException("listener failed",
				catchThrowable(() -> JsonMapper.builder().build().readTree("{not json")));
		Exception untyped = new IllegalStateException(new UnreadableEventException("no ce_type"));

		assertThat(tries(FailurePolicy.backOffFor(unreadable))).isZero();
		assertThat(tries(FailurePolicy.backOffFor(untyped))).isZero();
	}

	@Test
	void anOutageIsWaitedOutHoweverLongItLasts() {
		var mongoAway = new DataAccessResourceFailureException("down",
				new MongoSocketOpenException("refused", new ServerAddress()));
		var kafkaAway = new IllegalStateException(new TimeoutException("no broker"));

		assertThat(tries(FailurePolicy.backOffFor(mongoAway))).isEqualTo(Integer.MAX_VALUE);
		assertThat(tries(FailurePolicy.backOffFor(kafkaAway))).isEqualTo(Integer.MAX_VALUE);
	}

	@Test
	void anyOtherFailureIsRetriedAWhileThenDeadLettered() {
		assertThat(tries(FailurePolicy.backOffFor(new NullPointerException()))).isEqualTo(15);
	}

	@Test
	void aRecordKafkaRefusesIsNoOutageAndIsDeadLetteredInTheEnd() {
		var tooLarge = new KafkaException("Send failed", new RecordTooLargeException("2 MB"));

		assertThat(FailurePolicy.isOutage(tooLarge)).isFalse();
		assertThat(tries(FailurePolicy.backOffFor(tooLarge))).isEqualTo(15);
	}

	/** How often a record is tried again, up to a thousand (then: without end). */
	private static int tries(BackOff backOff) {
		BackOffExecution execution = backOff.start();
		for (int tries = 0; tries < 1000; tries++) {
			if (execution.nextBackOff() == BackOffExecution.STOP) {
				return tries;
			}
		}
		return Integer.MAX_VALUE;
	}

}
