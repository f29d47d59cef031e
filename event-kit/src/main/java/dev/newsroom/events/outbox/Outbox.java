package dev.newsroom.events.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.mapping.Field;

/**
 * The events an aggregate raised and the relay has not yet published, kept in the
 * aggregate's own document. An aggregate holds one, unwrapped into its document:
 *
 * <pre>
 * &#64;Unwrapped.Empty
 * private Outbox outbox = new Outbox();
 * </pre>
 *
 * {@code outboxDue} says when the relay should next look at the document; it exists only
 * while events wait, so an index on it holds just the waiting documents.
 */
public final class Outbox {

	static final String MESSAGES = "outbox";

	static final String DUE = "outboxDue";

	@Field(MESSAGES)
	private List<OutboxMessage> messages = new ArrayList<>();

	@Field(DUE)
	private Instant due;

	public void stage(OutboxMessage message) {
		messages.add(message);
		if (due == null) {
			due = message.occurredAt();
		}
	}

	public List<OutboxMessage> messages() {
		return List.copyOf(messages);
	}

	public Instant due() {
		return due;
	}

}
