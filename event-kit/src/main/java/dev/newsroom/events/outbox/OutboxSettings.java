package dev.newsroom.events.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay works ({@code newsroom.outbox.*}).
 *
 * @param pollInterval how often an instance looks for waiting events
 * @param batchSize how many documents one round reads; their first events are all in
 * flight at once
 * @param maxAttempts how often the broker may refuse one message before it is set aside
 * @param firstRetry the pause after a message's first refusal; it doubles each time
 * @param lease how long one instance relays before it must renew its lease; if it dies,
 * the others take over after this long. At least twice the producer's
 * {@code delivery.timeout.ms}, so that a round's sends end well within it.
 */
@ConfigurationProperties("newsroom.outbox")
public record OutboxSettings(@DefaultValue("200ms") Duration pollInterval, @DefaultValue("500") int batchSize,
		@DefaultValue("8") int maxAttempts, @DefaultValue("1s") Duration firstRetry,
		@DefaultValue("30s") Duration lease) {

	/** How long one call drains before the thread turns to the service's other relays. */
	Duration drainBudget() {
		return lease.dividedBy(3);
	}

	/**
	 * A wave of sends starts only while the lease has this much left: a wave ends within
	 * the producer's delivery timeout, so no send outlives the lease.
	 */
	Duration leaseLeftForAWave() {
		return lease.dividedBy(2);
	}

	Duration retryAfter(int attempts) {
		Duration pause = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 16));
		return pause.compareTo(Duration.ofMinutes(10)) > 0 ? Duration.ofMinutes(10) : pause;
	}

}
