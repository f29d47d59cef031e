package dev.newsroom.events;

/**
 * A record that no retry can make readable: it goes to the dead-letter topic at once.
 */
public class UnreadableEventException extends RuntimeException {

	public UnreadableEventException(String message) {
		super(message);
	}

}
