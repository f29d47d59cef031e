package dev.newsroom.stack;

import java.time.Duration;

/**
 * Waits until a started process serves, and fails as soon as it is clear it never will.
 */
final class Readiness {

	private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

	private Readiness() {
	}

	static void await(ManagedProcess process) throws InterruptedException {
		ProcessSpec spec = process.spec();
		long deadline = System.nanoTime() + spec.startTimeout().toNanos();
		while (true) {
			// checked after the probe: a port answering for a process that died is
			// another's
			boolean up = spec.probe().isUp();
			if (!process.isAlive()) {
				throw new LocalStackException(spec.name() + " exited with code " + process.exitValue()
						+ " while starting; see " + Display.path(spec.logFile()));
			}
			if (up) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new LocalStackException(spec.name() + " did not become healthy within "
						+ spec.startTimeout().toSeconds() + " s; see " + Display.path(spec.logFile()));
			}
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
	}

}
