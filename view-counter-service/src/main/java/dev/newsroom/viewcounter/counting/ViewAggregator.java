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
import dev.newsroom.defaults.events.CloudEvents;
import dev.newsroom.viewcounter.catalog.ArticleCatalog;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Turns raw views into totals, a poll's batch at a time: one counter update per article
 * per batch, then the new absolute totals on {@code view-counts.v1}. Offsets are
 * committed after that, so a crash anywhere replays the batch; the counters' offset
 * watermarks make the replay count nothing twice, and the replay announces the stored
 * totals again, in case the first announcement was what failed.
 */
@Component
class ViewAggregator {

	private final ArticleCatalog catalog;

	private final RecentViews recentViews;

	private final ViewCounters counters;

	private final KafkaTemplate<String, String> kafka;

	private final CloudEvents events;

	private final Clock clock;

	ViewAggregator(ArticleCatalog catalog, RecentViews recentViews, ViewCounters counters,
			KafkaTemplate<String, String> kafka, CloudEvents events, Clock clock) {
		this.catalog = catalog;
		this.recentViews = recentViews;
		this.counters = counters;
		this.kafka = kafka;
		this.events = events;
		this.clock = clock;
	}

	@KafkaListener(topics = Topics.VIEWS, groupId = "view-counter-service-aggregator", batch = "true")
	void on(List<ConsumerRecord<String, String>> records) {
		Map<String, Tally> tallies = new LinkedHashMap<>();
		Map<String, Boolean> published = new HashMap<>();
		try {
			for (int index = 0; index < records.size(); index++) {
				tally(records, index, tallies, published);
			}
		}
		catch (BatchListenerFailedException unreadable) {
			// the records before the unreadable one are committed with it: count them
			// first
			announce(apply(tallies));
			throw unreadable;
		}
		announce(apply(tallies));
	}

	/**
	 * {@code published} asks the catalog once per article per batch, not once per view.
	 */
	private void tally(List<ConsumerRecord<String, String>> records, int index, Map<String, Tally> tallies,
			Map<String, Boolean> published) {
		ConsumerRecord<String, String> record = records.get(index);
		if (!PageViewed.TYPE.equals(CloudEvents.type(record))) {
			return;
		}
		PageViewed view = read(records, index);
		if (view.bot() || !published.computeIfAbsent(view.articleId(), catalog::isPublished)) {
			return;
		}
		Tally tally = tallies.computeIfAbsent(view.articleId() + "|" + record.partition(),
				key -> new Tally(view.articleId(), record.partition(),
						counters.lastOffset(view.articleId(), record.partition())));
		if (record.offset() <= tally.countedUpTo) {
			tally.redelivered = true;
			return;
		}
		tally.lastOffset = record.offset();
		if (recentViews.counts(view.articleId(), view.visitorHash(), view.occurredAt(), record.partition(),
				record.offset())) {
			tally.views++;
		}
	}

	private PageViewed read(List<ConsumerRecord<String, String>> records, int index) {
		try {
			return events.read(records.get(index), PageViewed.class);
		}
		catch (RuntimeException unreadable) {
			throw new BatchListenerFailedException("Unreadable page view", unreadable, index);
		}
	}

	private Map<String, Long> apply(Map<String, Tally> tallies) {
		Map<String, Long> totals = new LinkedHashMap<>();
		for (Tally tally : tallies.values()) {
			long total = tally.lastOffset > tally.countedUpTo
					? counters.add(tally.articleId, tally.views, tally.partition, tally.lastOffset)
					: counters.total(tally.articleId);
			if (tally.views > 0 || tally.redelivered) {
				totals.put(tally.articleId, total);
			}
		}
		return totals;
	}

	private void announce(Map<String, Long> totals) {
		List<CompletableFuture<?>> sends = new ArrayList<>();
		totals.forEach((articleId, total) -> {
			var changed = new ViewCountChanged(UUID.randomUUID().toString(), clock.instant(), articleId, total);
			sends.add(kafka.send(events.record(Topics.VIEW_COUNTS, articleId, ViewCountChanged.TYPE, changed.eventId(),
					changed.occurredAt(), events.toJson(changed))));
		});
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
