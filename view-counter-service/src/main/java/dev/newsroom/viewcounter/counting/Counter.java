package dev.newsroom.viewcounter.counting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * An article's views: the public total, the views of each of its last days, the views of
 * bots apart, and, per partition of {@code views.v1}, the offset of the last record
 * included. An article's views share a partition (the article id is the key), but more
 * partitions move keys, so the watermark is kept per partition: a record at or below its
 * partition's watermark is already in.
 */
public record Counter(String articleId, long total, long bots, Map<Integer, Long> offsets,
		NavigableMap<LocalDate, Long> days) {

	/** Enough for a month's most-read list. */
	static final int DAYS_KEPT = 31;

	public Counter {
		offsets = Map.copyOf(offsets);
		days = new TreeMap<>(days);
	}

	static Counter none(String articleId) {
		return new Counter(articleId, 0, 0, Map.of(), new TreeMap<>());
	}

	/** The offset of the last record of this partition included, or -1. */
	long countedUpTo(int partition) {
		return offsets.getOrDefault(partition, -1L);
	}

	/** With a view that counts, on the day it happened. */
	Counter counted(CountedView view, LocalDate day) {
		NavigableMap<LocalDate, Long> next = new TreeMap<>(days);
		next.merge(day, 1L, Long::sum);
		next.headMap(next.lastKey().minusDays(DAYS_KEPT - 1), false).clear();
		return new Counter(articleId, total + 1, bots, watermark(view), next);
	}

	/** With a bot's view, counted apart. */
	Counter countedBot(CountedView view) {
		return new Counter(articleId, total, bots + 1, watermark(view), days);
	}

	/** With a view that does not count. */
	Counter passed(CountedView view) {
		return new Counter(articleId, total, bots, watermark(view), days);
	}

	long viewsOn(LocalDate day) {
		return days.getOrDefault(day, 0L);
	}

	/** The views of the last {@code count} days, today included. */
	public long viewsOfLastDays(LocalDate today, int count) {
		return days.subMap(today.minusDays(count - 1), true, today, true)
			.values()
			.stream()
			.mapToLong(Long::longValue)
			.sum();
	}

	private Map<Integer, Long> watermark(CountedView view) {
		Map<Integer, Long> next = new HashMap<>(offsets);
		next.put(view.partition(), view.offset());
		return next;
	}

}
