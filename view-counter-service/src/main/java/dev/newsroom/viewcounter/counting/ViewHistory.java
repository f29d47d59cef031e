package dev.newsroom.viewcounter.counting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The views of one article by one visitor, or from one address, that counted lately,
 * oldest first.
 */
record ViewHistory(List<CountedView> views) {

	static final ViewHistory NONE = new ViewHistory(List.of());

	ViewHistory {
		views = List.copyOf(views);
	}

	// This and countedWithin are asked of each of a view's histories, mostly empty ones:
	// as indexed loops they allocate nothing, where their streams were 8% of what the
	// counting of a backlog allocated.
	boolean contains(CountedView view) {
		for (int i = 0; i < views.size(); i++) {
			if (views.get(i).isSameRecordAs(view)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * How many views that came before this one in the log counted within the window of
	 * its time. Views after it in the log are ignored: they were counted by an attempt
	 * that crashed before its offsets were committed, and this is that batch again.
	 */
	long countedWithin(Duration window, CountedView view) {
		long within = 0;
		for (int i = 0; i < views.size(); i++) {
			CountedView counted = views.get(i);
			if (counted.precedes(view) && counted.isWithin(window, view)) {
				within++;
			}
		}
		return within;
	}

	/**
	 * With this view counted, forgetting those more than {@code kept} older than it. A
	 * view counted again (its batch came again) is there once.
	 */
	ViewHistory with(CountedView view, Duration kept) {
		if (contains(view)) {
			return this;
		}
		List<CountedView> next = new ArrayList<>(views.size() + 1);
		for (CountedView counted : views) {
			if (!counted.at().isBefore(view.at().minus(kept))) {
				next.add(counted);
			}
		}
		next.add(view);
		return new ViewHistory(next);
	}

}
