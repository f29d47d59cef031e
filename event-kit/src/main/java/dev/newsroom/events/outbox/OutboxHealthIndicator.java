package dev.newsroom.events.outbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * What waits in the outboxes and what was set aside. Events waiting do not make a service
 * unhealthy (Kafka may be away; they go out when it is back), and neither do dead
 * letters, but both are shown for operators to act on.
 */
public final class OutboxHealthIndicator extends AbstractHealthIndicator {

	private final OutboxRelays relays;

	private final OutboxDeadLetters deadLetters;

	public OutboxHealthIndicator(OutboxRelays relays, OutboxDeadLetters deadLetters) {
		super("Outbox health check failed");
		this.relays = relays;
		this.deadLetters = deadLetters;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		for (OutboxRelay relay : relays.relays()) {
			OutboxRelay.Waiting waiting = relay.waiting();
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("waiting", waiting.documents());
			if (waiting.oldestDue() != null) {
				detail.put("oldestDue", waiting.oldestDue().toString());
			}
			// with several instances, one relays; this says whether it is this one
			detail.put("relayedHere", relay.relaysHere());
			builder.withDetail(relay.collection(), detail);
		}
		builder.up().withDetail("deadLetters", deadLetters.count());
	}

}
