package dev.newsroom.events.outbox;

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
 * Each message carries its own {@code due}, so that removing a sent message is all the
 * bookkeeping there is: no marker on the document to keep in step with a concurrent save,
 * and an index on {@code outbox.due} holds just the waiting messages.
 */
public final class Outbox {

	static final String MESSAGES = "outbox";

	static final String DUE = MESSAGES + ".due";

	@Field(MESSAGES)
	private List<OutboxMessage> messages = new ArrayList<>();

	/**
	 * Adds the message after the ones waiting. It is due no earlier than the last of
	 * them: behind a message that waits out a refusal it waits too, so that the document
	 * does not come up for a round that cannot send anything of it.
	 */
	public void stage(OutboxMessage message) {
		if (!messages.isEmpty()) {
			message = message.dueNotBefore(messages.get(messages.size() - 1).due());
		}
		messages.add(message);
	}

	public List<OutboxMessage> messages() {
		return List.copyOf(messages);
	}

}
