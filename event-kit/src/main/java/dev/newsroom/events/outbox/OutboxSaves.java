package dev.newsroom.events.outbox;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Saves of an aggregate with an outbox. The relay bumps the aggregate's version when it
 * removes sent messages, so a change that read the aggregate just before fails its save
 * for no fault of its own: it is made again, from a fresh read, a few times.
 */
public final class OutboxSaves {

	private static final int ATTEMPTS = 5;

	private OutboxSaves() {
	}

	/**
	 * @param change loads the aggregate, changes it, stages its messages and saves it
	 * @throws OptimisticLockingFailureException if every attempt met a newer version
	 */
	public static <T> T retrying(Supplier<T> change) {
		for (int attempt = 1;; attempt++) {
			try {
				return change.get();
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				if (attempt == ATTEMPTS) {
					throw changedMeanwhile;
				}
			}
		}
	}

}
