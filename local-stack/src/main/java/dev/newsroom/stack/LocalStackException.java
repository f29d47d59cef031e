package dev.newsroom.stack;

/**
 * A failure an operator can act on. The message is one line that says what went wrong and
 * where to look (usually a process's log file); the command line prints nothing else.
 */
public class LocalStackException extends RuntimeException {

	public LocalStackException(String message) {
		super(message);
	}

	public LocalStackException(String message, Throwable cause) {
		super(message, cause);
	}

}
