package dev.newsroom.viewcounter.mostread;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import dev.newsroom.contracts.views.MostReadChanged;
import dev.newsroom.contracts.views.MostReadChanged.Item;
import dev.newsroom.viewcounter.catalog.CatalogEntry;
import dev.newsroom.viewcounter.counting.Counter;

/**
 * The most-read lists of every window, over all sections and per section, made in one
 * pass over the counters: each list keeps only its best so far, so a hundred thousand
 * articles cost a hundred thousand small comparisons, not a sort.
 */
final class Ranking {

	/**
	 * Most viewed first; of equals, the one with the smaller id, so that lists are
	 * stable.
	 */
	static final Comparator<Item> ORDER = Comparator.comparingLong(Item::views)
		.reversed()
		.thenComparing(Item::articleId);

	private final LocalDate today;

	private final int size;

	/** Per list key, its best items so far, the weakest at the head. */
	private final Map<String, PriorityQueue<Item>> best = new HashMap<>();

	Ranking(LocalDate today, int size) {
		this.today = today;
		this.size = size;
	}

	void offer(CatalogEntry article, Counter counter) {
		for (Window window : Window.values()) {
			long views = window.viewsOf(counter, today);
			if (views > 0) {
				var item = new Item(article.articleId(), article.slug(), article.title(), article.section(), views);
				offer(MostReadChanged.keyOf(window.key(), ""), item);
				if (article.section() != null && !article.section().isEmpty()) {
					offer(MostReadChanged.keyOf(window.key(), article.section()), item);
				}
			}
		}
	}

	private void offer(String key, Item item) {
		PriorityQueue<Item> list = best.computeIfAbsent(key, ignored -> new PriorityQueue<>(ORDER.reversed()));
		list.add(item);
		if (list.size() > size) {
			list.poll();
		}
	}

	/** Every list by its key, most viewed first. */
	Map<String, List<Item>> lists() {
		Map<String, List<Item>> lists = new HashMap<>();
		best.forEach((key, items) -> {
			List<Item> sorted = new ArrayList<>(items);
			sorted.sort(ORDER);
			lists.put(key, List.copyOf(sorted));
		});
		return lists;
	}

}
