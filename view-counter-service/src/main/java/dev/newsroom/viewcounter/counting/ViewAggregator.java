package dev.newsroom.viewcounter.counting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.views.PageViewed;
import dev.newsroom.contracts.views.ViewCountChanged;
import dev.newsroom.events.Delivery;
import dev.newsroom.events.EventPublisher;
import dev.newsroom.viewcounter.catalog.ArticleCatalog;

import org.springframework.stereotype.Component;

/**
 * Turns raw views into totals, a poll's batch at a time: one counter update per article
 * per batch, then the new absolute totals on {@code view-counts.v1}. Offsets are
 * committed after that, so a crash anywhere replays the batch; the counters' offset
 * watermarks, each moved by a compare-and-set, make a replay or an overlapping consumer
 * count nothing twice, and the replay announces the stored totals again, in case the
 * first announcement was what failed.
 */
@Component
public class ViewAggregator {

	/**
	 * Then the failure policy takes the batch: two consumers racing that long is a fault.
	 */
	private static final int ATTEMPTS = 5;

	private final ArticleCatalog catalog;

	private final RecentViews recentViews;

	private final ViewCounters counters;

	private final EventPublisher events;

	private final Clock clock;

	ViewAggregator(ArticleCatalog catalog, RecentViews recentViews, ViewCounters counters, EventPublisher events,
			Clock clock) {
		this.catalog = catalog;
		this.recentViews = recentViews;
		this.counters = counters;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Counts a batch; when another consumer counted some of the same records meanwhile,
	 * counts the batch again from the watermarks it left, so that no record counts twice.
	 */
	public void count(List<Delivery<PageViewed>> views) {
		for (int attempt = 1;; attempt++) {
			try {
				countOnce(views);
				return;
			}
			catch (ViewCounters.WatermarkMoved moved) {
				if (attempt == ATTEMPTS) {
					throw moved;
				}
			}
		}
	}

	private void countOnce(List<Delivery<PageViewed>> views) {
		Map<String, Tally> tallies = new LinkedHashMap<>();
		// the catalog is asked once per article per batch, not once per view
		Map<String, Boolean> published = new HashMap<>();
		for (Delivery<PageViewed> delivery : views) {
			tally(delivery, tallies, published);
		}
		announce(apply(tallies));
	}

	private void tally(Delivery<PageViewed> delivery, Map<String, Tally> tallies, Map<String, Boolean> published) {
		PageViewed view = delivery.event();
		if (view.bot() || !published.computeIfAbsent(view.articleId(), catalog::isPublished)) {
			return;
		}
		Tally tally = tallies.computeIfAbsent(view.articleId() + "|" + delivery.partition(),
				key -> new Tally(view.articleId(), delivery.partition(),
						counters.lastOffset(view.articleId(), delivery.partition())));
		if (delivery.offset() <= tally.countedUpTo) {
			tally.redelivered = true;
			return;
		}
		tally.lastOffset = delivery.offset();
		if (recentViews.counts(view.articleId(), view.visitorHash(), view.occurredAt(), delivery.partition(),
				delivery.offset())) {
			tally.views++;
		}
	}

	private Map<String, Long> apply(Map<String, Tally> tallies) {
		Map<String, Long> totals = new LinkedHashMap<>();
		for (Tally tally : tallies.values()) {
			long total = tally.lastOffset > tally.countedUpTo
					? counters.add(tally.articleId, tally.views, tally.partition, tally.countedUpTo, tally.lastOffset)
					: counters.total(tally.articleId);
			if (tally.views > 0 || tally.redelivered) {
				totals.put(tally.articleId, total);
			}
		}
		return totals;
	}

	private void announce(Map<String, Long> totals) {
		List<CompletableFuture<?>> sends = new ArrayList<>();
		totals.forEach((articleId, total) -> sends.add(events.publish(Topics.VIEW_COUNTS, articleId,
				new ViewCountChanged(UUID.randomUUID().toString(), clock.instant(), articleId, total))));
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
	}

	private static final class Tally {

		final String articleId;

		final int partition;

		final long countedUpTo;

		long lastOffset;

		long views;

		boolean redelivered;

		Tally(String articleId, int partition, long countedUpTo) {
			this.articleId = articleId;
			this.partition = partition;
			this.countedUpTo = countedUpTo;
			this.lastOffset = countedUpTo;
		}

	}

}
