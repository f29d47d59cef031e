package dev.newsroom.viewcounter.counting;

import java.time.Duration;
import java.time.Instant;

/**
 * A view that counted, as the rules remember it: where it was read in {@code views.v1}
 * and when it happened.
 */
record CountedView(int partition, long offset, Instant at) {

	/** The same record of the log. */
	boolean isSameRecordAs(CountedView other) {
		return partition == other.partition && offset == other.offset;
	}

	/**
	 * Whether this one came before {@code later} in the log. Records of another partition
	 * were read before the article's key moved to this one (partitions were added), so
	 * they came before too.
	 */
	boolean precedes(CountedView later) {
		return partition != later.partition || offset < later.offset;
	}

	boolean isWithin(Duration window, CountedView other) {
		return Duration.between(at, other.at).abs().compareTo(window) < 0;
	}

}
