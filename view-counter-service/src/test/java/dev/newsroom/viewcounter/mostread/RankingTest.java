package dev.newsroom.viewcounter.mostread;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.newsroom.contracts.views.MostReadChanged.Item;
import dev.newsroom.viewcounter.catalog.CatalogEntry;
import dev.newsroom.viewcounter.counting.Counter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTest {

	private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

	@Test
	void eachWindowCountsItsOwnDaysAndListsTheMostViewedFirst() {
		var ranking = new Ranking(TODAY, 10);
		// a story of today, one of three days ago, one of last month
		ranking.offer(article("a", "Thời sự"), counter("a", 5, Map.of(TODAY, 5L)));
		ranking.offer(article("b", "Thời sự"), counter("b", 9, Map.of(TODAY.minusDays(3), 9L)));
		ranking.offer(article("c", "Du lịch"), counter("c", 40, Map.of(TODAY.minusDays(20), 40L)));

		Map<String, List<Item>> lists = ranking.lists();

		assertThat(ids(lists.get("day|"))).containsExactly("a");
		assertThat(ids(lists.get("week|"))).containsExactly("b", "a");
		assertThat(ids(lists.get("month|"))).containsExactly("c", "b", "a");
		assertThat(ids(lists.get("all|"))).containsExactly("c", "b", "a");
		assertThat(lists.get("week|").get(0).views()).isEqualTo(9);
	}

	@Test
	void eachSectionHasItsOwnListsAndArticlesWithoutViewsInAWindowAreNotInIt() {
		var ranking = new Ranking(TODAY, 10);
		ranking.offer(article("a", "Thời sự"), counter("a", 5, Map.of(TODAY, 5L)));
		ranking.offer(article("c", "Du lịch"), counter("c", 40, Map.of(TODAY.minusDays(20), 40L)));

		Map<String, List<Item>> lists = ranking.lists();

		assertThat(ids(lists.get("day|Thời sự"))).containsExactly("a");
		assertThat(lists).doesNotContainKey("day|Du lịch");
		assertThat(ids(lists.get("month|Du lịch"))).containsExactly("c");
	}

	@Test
	void aListKeepsOnlyItsSizeOfTheBestWithTiesInIdOrder() {
		var ranking = new Ranking(TODAY, 3);
		for (int i = 0; i < 100; i++) {
			String id = "article-%03d".formatted(i);
			ranking.offer(article(id, "Thời sự"), counter(id, i % 10, Map.of(TODAY, (long) (i % 10))));
		}

		assertThat(ids(ranking.lists().get("all|"))).containsExactly("article-009", "article-019", "article-029");
	}

	private static CatalogEntry article(String id, String section) {
		return new CatalogEntry(id, "bai-" + id, "Bài " + id, section);
	}

	private static Counter counter(String id, long total, Map<LocalDate, Long> days) {
		return new Counter(id, total, 0, Map.of(0, total), new TreeMap<>(days));
	}

	private static List<String> ids(List<Item> items) {
		return items.stream().map(Item::articleId).toList();
	}

}
