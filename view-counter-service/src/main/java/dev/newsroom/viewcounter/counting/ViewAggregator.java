package dev.newsroom.viewcounter.counting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.views.PageViewed;
import dev.newsroom.contracts.views.ViewCountChanged;
import dev.newsroom.events.Delivery;
import dev.newsroom.events.EventPublisher;
import dev.newsroom.viewcounter.catalog.ArticleCatalog;
import dev.newsroom.viewcounter.catalog.PublicationCatalogued;
import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns raw views into totals, a poll's batch at a time: the counters and the histories
 * the rules decide by are read side by side, 500 ids a query, and written in one round
 * trip each, then the new absolute totals go out on {@code view-counts.v1}. Offsets are
 * committed after that, so a crash anywhere replays the batch. Two things make a replay,
 * or a consumer counting the same records as another, count nothing twice: each counter's
 * per-partition watermark says which records it includes, and every write is a
 * compare-and-set on what was read, so that a batch another consumer overtook is counted
 * again from what that one stored. A replay announces the stored totals again, in case
 * the first announcement was what failed. Views of articles the catalogue does not know
 * yet are held, and counted before the article's later views once it does.
 */
@Component
public class ViewAggregator {

	/**
	 * Then the batch goes back to the subscription, which retries a concurrent update
	 * with growing pauses for as long as it takes, as it does an outage.
	 */
	private static final int ATTEMPTS = 5;

	private static final Comparator<Delivery<PageViewed>> LOG_ORDER = Comparator
		.<Delivery<PageViewed>>comparingInt(Delivery::partition)
		.thenComparingLong(Delivery::offset);

	private final ArticleCatalog catalog;

	private final CountingRules rules;

	private final RecentViews recentViews;

	private final ViewCounters counters;

	private final HeldViews heldViews;

	private final EventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	/**
	 * The reads of a batch, made at once: four for each of the consumers that may count
	 * batches side by side (one a partition, {@code spring.kafka.listener.concurrency}).
	 */
	private final ExecutorService reads = Executors.newFixedThreadPool(12, runnable -> {
		var thread = new Thread(runnable, "aggregator-reads");
		thread.setDaemon(true);
		return thread;
	});

	ViewAggregator(ArticleCatalog catalog, CountingRules rules, RecentViews recentViews, ViewCounters counters,
			HeldViews heldViews, EventPublisher events, Clock clock,
			@Value("${newsroom.views.time-zone}") ZoneId zone) {
		this.catalog = catalog;
		this.rules = rules;
		this.recentViews = recentViews;
		this.counters = counters;
		this.heldViews = heldViews;
		this.events = events;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * Counts a batch; when another consumer stored some of the same counters or histories
	 * meanwhile, counts the batch again from what it stored.
	 */
	public void count(List<Delivery<PageViewed>> views) {
		for (int attempt = 1;; attempt++) {
			try {
				countOnce(views);
				return;
			}
			catch (VersionedDocuments.ConcurrentUpdate overtaken) {
				if (attempt == ATTEMPTS) {
					throw overtaken;
				}
			}
		}
	}

	/**
	 * Counts the views held for these articles until the catalogue knew them: their
	 * publication has just been catalogued.
	 */
	@EventListener
	void published(PublicationCatalogued publication) {
		release(Set.of(publication.articleId()));
	}

	private void release(Set<String> articleIds) {
		List<Delivery<PageViewed>> held = heldViews.of(articleIds);
		if (!held.isEmpty()) {
			count(held);
		}
	}

	private void countOnce(List<Delivery<PageViewed>> deliveries) {
		Set<String> articleIds = new LinkedHashSet<>();
		deliveries.forEach(delivery -> articleIds.add(delivery.event().articleId()));
		// what the batch is decided by, asked for at once: none of these waits for
		// another, and a batch's time is mostly the database's answers
		var publicationRead = read(() -> catalog.publication(articleIds));
		var heldRead = read(() -> heldViews.of(articleIds));
		var countersRead = read(() -> counters.load(articleIds));
		var historiesRead = read(() -> recentViews.load(historyKeys(deliveries)));
		Map<String, Boolean> publication = answer(publicationRead);
		Set<String> published = new LinkedHashSet<>();
		publication.forEach((articleId, isPublished) -> {
			if (isPublished) {
				published.add(articleId);
			}
		});
		// views held before the catalogue knew the article come first: they were read
		// before these, on the same partition
		List<Delivery<PageViewed>> held = answer(heldRead).stream()
			.filter(view -> published.contains(view.event().articleId()))
			.toList();
		List<Delivery<PageViewed>> countable = new ArrayList<>(held);
		Set<String> heldRecords = new HashSet<>();
		held.forEach(view -> heldRecords.add(view.partition() + ":" + view.offset()));
		deliveries.stream()
			.filter(delivery -> published.contains(delivery.event().articleId()))
			.filter(delivery -> !heldRecords.contains(delivery.partition() + ":" + delivery.offset()))
			.forEach(countable::add);
		countable.sort(LOG_ORDER);
		Map<String, Versioned<ViewHistory>> histories = new HashMap<>(answer(historiesRead));
		Set<String> heldKeys = historyKeys(held);
		heldKeys.removeAll(histories.keySet());
		if (!heldKeys.isEmpty()) {
			histories.putAll(recentViews.load(heldKeys));
		}
		var batch = new Batch(answer(countersRead), histories);
		countable.forEach(batch::count);
		recentViews.save(batch.changedHistories);
		counters.save(batch.changedCounters.values());
		heldViews.release(held);
		announce(batch.announced());
		hold(deliveries.stream().filter(delivery -> !publication.containsKey(delivery.event().articleId())).toList());
	}

	private <T> CompletableFuture<T> read(Supplier<T> query) {
		return CompletableFuture.supplyAsync(query, reads);
	}

	/**
	 * The read's answer, or the exception it failed with, as if it had been made here.
	 */
	private static <T> T answer(CompletableFuture<T> read) {
		try {
			return read.join();
		}
		catch (CompletionException failed) {
			if (failed.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw failed;
		}
	}

	@PreDestroy
	void stopReading() {
		reads.shutdownNow();
	}

	/**
	 * Holds views of articles the catalogue does not know yet; one whose publication was
	 * catalogued meanwhile, after this batch asked, is counted at once.
	 */
	private void hold(List<Delivery<PageViewed>> unknown) {
		if (unknown.isEmpty()) {
			return;
		}
		heldViews.hold(unknown);
		Set<String> articleIds = new LinkedHashSet<>();
		unknown.forEach(delivery -> articleIds.add(delivery.event().articleId()));
		Set<String> publishedMeanwhile = new LinkedHashSet<>();
		catalog.publication(articleIds).forEach((articleId, isPublished) -> {
			if (isPublished) {
				publishedMeanwhile.add(articleId);
			}
		});
		if (!publishedMeanwhile.isEmpty()) {
			release(publishedMeanwhile);
		}
	}

	private static Set<String> historyKeys(List<Delivery<PageViewed>> deliveries) {
		Set<String> keys = new LinkedHashSet<>();
		deliveries.forEach(delivery -> keys.addAll(historyKeys(delivery.event())));
		return keys;
	}

	/**
	 * The histories a view is decided by, in this order: its visitor's, its client's if
	 * it came without an id, its address's if known.
	 */
	private static List<String> historyKeys(PageViewed view) {
		List<String> keys = new ArrayList<>(3);
		keys.add(RecentViews.ofVisitor(view.articleId(), view.visitorHash()));
		if (view.clientHash() != null) {
			keys.add(RecentViews.ofClient(view.articleId(), view.clientHash()));
		}
		if (view.addressHash() != null) {
			keys.add(RecentViews.ofAddress(view.articleId(), view.addressHash()));
		}
		return keys;
	}

	private void announce(Map<String, Long> totals) {
		List<CompletableFuture<?>> sends = new ArrayList<>();
		totals.forEach((articleId, total) -> sends.add(events.publish(Topics.VIEW_COUNTS, articleId,
				new ViewCountChanged(UUID.randomUUID().toString(), clock.instant(), articleId, total))));
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
	}

	/** What one attempt at a batch read, and what it changed. */
	private final class Batch {

		private final Map<String, Versioned<Counter>> counters;

		private final Map<String, Versioned<ViewHistory>> histories;

		private final Map<String, Versioned<Counter>> changedCounters = new LinkedHashMap<>();

		private final Map<String, Versioned<ViewHistory>> changedHistories = new HashMap<>();

		/** Articles of records delivered again: their totals are announced again. */
		private final Set<String> redelivered = new LinkedHashSet<>();

		Batch(Map<String, Versioned<Counter>> counters, Map<String, Versioned<ViewHistory>> histories) {
			this.counters = counters;
			this.histories = histories;
		}

		void count(Delivery<PageViewed> delivery) {
			PageViewed event = delivery.event();
			Versioned<Counter> counter = counter(event.articleId());
			if (delivery.offset() <= counter.value().countedUpTo(delivery.partition())) {
				redelivered.add(event.articleId());
				return;
			}
			var view = new CountedView(delivery.partition(), delivery.offset(), event.occurredAt());
			changedCounters.put(event.articleId(), counter.with(decide(event, view, counter.value())));
		}

		private Counter decide(PageViewed event, CountedView view, Counter counter) {
			if (event.bot()) {
				return counter.countedBot(view);
			}
			List<String> keys = historyKeys(event);
			List<Versioned<ViewHistory>> found = keys.stream().map(this::history).toList();
			ViewHistory visitor = found.get(0).value();
			ViewHistory client = event.clientHash() == null ? ViewHistory.NONE : found.get(1).value();
			ViewHistory address = event.addressHash() == null ? ViewHistory.NONE : found.get(found.size() - 1).value();
			if (!rules.counts(view, visitor, client, address)) {
				return counter.passed(view);
			}
			for (int i = 0; i < keys.size(); i++) {
				Versioned<ViewHistory> history = found.get(i);
				changedHistories.put(keys.get(i), history.with(history.value().with(view, rules.kept())));
			}
			return counter.counted(view, LocalDate.ofInstant(event.occurredAt(), zone));
		}

		private Versioned<ViewHistory> history(String key) {
			Versioned<ViewHistory> history = changedHistories.getOrDefault(key, histories.get(key));
			return history == null ? Versioned.unstored(ViewHistory.NONE) : history;
		}

		/** The totals to announce: of articles whose views counted, or came again. */
		Map<String, Long> announced() {
			Map<String, Long> totals = new LinkedHashMap<>();
			changedCounters.forEach((articleId, counter) -> {
				if (counter.value().total() != counters.get(articleId).value().total()) {
					totals.put(articleId, counter.value().total());
				}
			});
			redelivered.forEach(articleId -> totals.put(articleId, counter(articleId).value().total()));
			return totals;
		}

		/** An article's counter as this batch has it so far. */
		private Versioned<Counter> counter(String articleId) {
			return changedCounters.getOrDefault(articleId, counters.get(articleId));
		}

	}

}
