package dev.newsroom.viewcounter.counting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counting rules as a plain object: a visitor's repeat views, an address's limit, and
 * a batch replayed after a crash deciding as the first time.
 */
class CountingRulesTest {

	private static final Instant NOON = Instant.parse("2026-11-20T05:00:00Z");

	private final CountingRules rules = new CountingRules(Duration.ofMinutes(30), 3);

	@Test
	void aVisitorsViewsWithinTheWindowOfOneThatCountedCountOnce() {
		var visitor = new Reader();

		assertThat(visitor.views(at(0), at(10), at(29))).containsExactly(true, false, false);
		assertThat(visitor.views(at(30), at(59), at(61))).containsExactly(true, false, true);
	}

	@Test
	void aRepeatWindowStartsAtTheViewThatCountedNotAtTheLastRepeat() {
		var visitor = new Reader();

		assertThat(visitor.views(at(0), at(20), at(40))).containsExactly(true, false, true);
	}

	@Test
	void anAddressCountsAtMostItsLimitPerArticleWithinTheWindow() {
		ViewHistory office = ViewHistory.NONE;
		List<Boolean> counted = new ArrayList<>();
		long offset = 0;
		for (int minute : new int[] { 0, 1, 2, 3, 4, 31 }) {
			var view = new CountedView(0, offset++, at(minute));
			// a new reader each time, behind the same address
			boolean counts = rules.counts(view, ViewHistory.NONE, ViewHistory.NONE, office);
			if (counts) {
				office = office.with(view, rules.kept());
			}
			counted.add(counts);
		}

		assertThat(counted).containsExactly(true, true, true, false, false, true);
	}

	@Test
	void aReplayedBatchDecidesEveryViewAsTheFirstTimeEvenWhenItSpansMoreThanTheWindow() {
		var visitor = new Reader();
		List<Boolean> first = visitor.views(at(0), at(10), at(45), at(50), at(100));

		// the crash came after the histories were stored and before the offsets were
		// committed: the same records come again, with the histories as stored
		List<Boolean> again = visitor.replay();

		assertThat(first).containsExactly(true, false, true, false, true);
		assertThat(again).isEqualTo(first);
	}

	@Test
	void viewsReadOnAnotherPartitionBeforeTheKeyMovedCountAsEarlier() {
		var before = new CountedView(2, 900, at(0));
		var history = ViewHistory.NONE.with(before, rules.kept());

		assertThat(rules.counts(new CountedView(5, 3, at(10)), history, ViewHistory.NONE, ViewHistory.NONE)).isFalse();
	}

	@Test
	void aHistoryForgetsViewsOlderThanTheRulesLookAt() {
		var history = ViewHistory.NONE.with(new CountedView(0, 1, at(0)), rules.kept());

		history = history.with(new CountedView(0, 2, NOON.plus(rules.kept()).plusSeconds(1)), rules.kept());

		assertThat(history.views()).extracting(CountedView::offset).containsExactly(2L);
	}

	@Test
	void viewsWithoutAVisitorIdCountOncePerClientWhateverIdTheyAreGiven() {
		ViewHistory client = ViewHistory.NONE;
		List<Boolean> counted = new ArrayList<>();
		for (int offset = 0; offset < 3; offset++) {
			var view = new CountedView(0, offset, at(offset));
			// a script that never sends back the id it was given: a new visitor each
			// time, the same client
			boolean counts = rules.counts(view, ViewHistory.NONE, client, ViewHistory.NONE);
			if (counts) {
				client = client.with(view, rules.kept());
			}
			counted.add(counts);
		}

		assertThat(counted).containsExactly(true, false, false);
	}

	private static Instant at(int minutes) {
		return NOON.plus(Duration.ofMinutes(minutes));
	}

	/** One visitor's views of one article, in log order, from one address each. */
	private final class Reader {

		private final List<CountedView> sent = new ArrayList<>();

		private ViewHistory history = ViewHistory.NONE;

		List<Boolean> views(Instant... times) {
			List<Boolean> counted = new ArrayList<>();
			for (Instant time : times) {
				var view = new CountedView(0, sent.size(), time);
				sent.add(view);
				counted.add(decide(view));
			}
			return counted;
		}

		List<Boolean> replay() {
			return sent.stream().map(this::decide).toList();
		}

		private boolean decide(CountedView view) {
			boolean counts = rules.counts(view, history, ViewHistory.NONE, ViewHistory.NONE);
			if (counts) {
				history = history.with(view, rules.kept());
			}
			return counts;
		}

	}

}
