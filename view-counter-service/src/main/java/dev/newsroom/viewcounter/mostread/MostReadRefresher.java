package dev.newsroom.viewcounter.mostread;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.views.MostReadChanged;
import dev.newsroom.contracts.views.MostReadChanged.Item;
import dev.newsroom.events.EventPublisher;
import dev.newsroom.events.Lease;
import dev.newsroom.viewcounter.catalog.ArticleCatalog;
import dev.newsroom.viewcounter.catalog.CatalogEntry;
import dev.newsroom.viewcounter.counting.ViewCounters;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the most-read lists again, every so often, from the counters and the catalogue:
 * only the instance holding a lease does, and a list that changed goes out on
 * {@code most-read.v1} before it is stored, so that a failure between the two sends it
 * again on the next round rather than never.
 */
@Component
@ConditionalOnExpression("'${newsroom.views.roles}'.contains('aggregation')")
class MostReadRefresher {

	private static final Logger log = LoggerFactory.getLogger(MostReadRefresher.class);

	/** The longest list; a request asks for at most this many. */
	static final int SIZE = 50;

	private final ArticleCatalog catalog;

	private final ViewCounters counters;

	private final MostReadLists lists;

	private final EventPublisher events;

	private final Lease lease;

	private final Clock clock;

	private final ZoneId zone;

	MostReadRefresher(ArticleCatalog catalog, ViewCounters counters, MostReadLists lists, EventPublisher events,
			MongoTemplate mongo, Clock clock, @Value("${newsroom.views.time-zone}") ZoneId zone,
			@Value("${newsroom.views.most-read.refresh}") Duration refresh) {
		this.catalog = catalog;
		this.counters = counters;
		this.lists = lists;
		this.events = events;
		// a holder that died is replaced after two rounds
		this.lease = new Lease(mongo, "most-read", refresh.multipliedBy(2), clock);
		this.clock = clock;
		this.zone = zone;
	}

	@Scheduled(fixedDelayString = "${newsroom.views.most-read.refresh}",
			initialDelayString = "${newsroom.views.most-read.refresh}")
	void refreshIfLeaseHolder() {
		try {
			if (lease.renew()) {
				refresh();
			}
		}
		catch (RuntimeException ex) {
			// the database or the broker is away: the next round tries again
			log.warn("Could not refresh the most-read lists: {}", ex.toString());
		}
	}

	/** Makes every list again; returns how many changed. */
	int refresh() {
		Map<String, CatalogEntry> published = new HashMap<>();
		catalog.forEachPublished(article -> published.put(article.articleId(), article));
		var ranking = new Ranking(LocalDate.now(clock.withZone(zone)), SIZE);
		counters.forEach(counter -> {
			CatalogEntry article = published.get(counter.articleId());
			if (article != null) {
				ranking.offer(article, counter);
			}
		});
		Map<String, List<Item>> next = ranking.lists();
		Map<String, List<Item>> stored = lists.all();
		// a list whose articles all went is emptied, not left as it was
		stored.keySet().forEach(key -> next.putIfAbsent(key, List.of()));
		Map<String, List<Item>> changed = new HashMap<>();
		next.forEach((key, items) -> {
			if (!items.equals(stored.get(key))) {
				changed.put(key, items);
			}
		});
		if (!stillHolding()) {
			return 0;
		}
		List<CompletableFuture<?>> sends = new ArrayList<>();
		changed.forEach((key, items) -> {
			int separator = key.indexOf('|');
			sends.add(events.publish(Topics.MOST_READ, key, new MostReadChanged(UUID.randomUUID().toString(),
					clock.instant(), key.substring(0, separator), key.substring(separator + 1), items)));
		});
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
		changed.forEach(lists::save);
		return changed.size();
	}

	/**
	 * Publishes and stores the lists only while the lease is still held: a round that
	 * outlived it (a long pause, say) must not put its older lists over those of the
	 * instance that took over.
	 */
	private boolean stillHolding() {
		return lease.holdsFor(Duration.ofSeconds(1));
	}

	@PreDestroy
	void handOver() {
		lease.release();
	}

}
