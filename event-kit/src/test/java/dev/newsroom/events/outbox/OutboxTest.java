package dev.newsroom.events.outbox;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxTest {

	private static final Instant NOON = Instant.parse("2026-11-20T05:00:00Z");

	@Test
	void anEventStagedBehindOneThatWaitsOutARefusalWaitsWithIt() {
		var outbox = new Outbox();
		Instant retryAt = NOON.plusSeconds(600);
		outbox.stage(new OutboxMessage("refused", "t", "k", "dev.newsroom.x.v1", NOON, "{}", retryAt, 3));

		outbox.stage(OutboxMessage.event("later", "t", "k", "dev.newsroom.x.v1", NOON.plusSeconds(60), "{}"));

		assertThat(outbox.messages()).extracting(OutboxMessage::due).containsExactly(retryAt, retryAt);
	}

	@Test
	void stagedEventsKeepTheirOrderAndAreDueWhenTheyHappened() {
		var outbox = new Outbox();

		outbox.stage(OutboxMessage.event("e1", "t", "k", "dev.newsroom.x.v1", NOON, "{}"));
		outbox.stage(OutboxMessage.tombstone("e1.tombstone", "t", "k", NOON.plusSeconds(1)));

		assertThat(outbox.messages()).extracting(OutboxMessage::eventId).containsExactly("e1", "e1.tombstone");
		assertThat(outbox.messages()).extracting(OutboxMessage::due).containsExactly(NOON, NOON.plusSeconds(1));
		assertThat(outbox.messages()).extracting(OutboxMessage::attempts).containsOnly(0);
		assertThat(outbox.messages().get(1).isTombstone()).isTrue();
	}

}
