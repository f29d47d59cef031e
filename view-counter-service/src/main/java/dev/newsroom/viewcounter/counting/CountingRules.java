package dev.newsroom.viewcounter.counting;

import java.time.Duration;

/**
 * Which views count. A visitor's views of an article within the repeat window of one that
 * counted count once, and so do the views of one client (address and User-Agent) that
 * came without a visitor id; from one client address, at most a limited number count per
 * article within the window (offices share an address behind NAT, so the limit is well
 * above one reader's). The decision depends only on the views counted before it in the
 * log, so a batch replayed after a crash decides every view as the first time did.
 */
final class CountingRules {

	/**
	 * How much longer than the window a history is kept: a replayed batch that spans less
	 * than this still finds the views it counted the first time.
	 */
	private static final Duration REPLAY_HORIZON = Duration.ofHours(6);

	private final Duration repeatWindow;

	private final int perAddressLimit;

	CountingRules(Duration repeatWindow, int perAddressLimit) {
		this.repeatWindow = repeatWindow;
		this.perAddressLimit = perAddressLimit;
	}

	/**
	 * Whether the view counts, given what counted of the same article's views by its
	 * visitor, by its client without an id (none for a view with an id) and from its
	 * address.
	 */
	boolean counts(CountedView view, ViewHistory visitor, ViewHistory client, ViewHistory address) {
		if (visitor.contains(view) || client.contains(view) || address.contains(view)) {
			// it counted before a crash, and the batch came again
			return true;
		}
		return visitor.countedWithin(repeatWindow, view) == 0 && client.countedWithin(repeatWindow, view) == 0
				&& address.countedWithin(repeatWindow, view) < perAddressLimit;
	}

	/** How long a history must remember a view for these rules. */
	Duration kept() {
		return repeatWindow.plus(REPLAY_HORIZON);
	}

}
