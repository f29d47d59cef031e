package dev.newsroom.article.editorial;

import java.time.Clock;
import java.time.Duration;

import dev.newsroom.events.Lease;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Puts scheduled articles live. Every instance looks each second, but only the holder of
 * a short lease publishes: when it dies, another takes over once the lease has run out,
 * so an article goes live at most the lease and a second late with the instance that
 * should have published it killed at that moment (4 s), and exactly once, since
 * publishing is a versioned write that only a SCHEDULED article passes.
 */
@Component
class ScheduledPublishing extends AbstractHealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

	static final Duration LEASE = Duration.ofSeconds(3);

	private final Editorial editorial;

	private final Lease lease;

	ScheduledPublishing(Editorial editorial, MongoTemplate mongo, Clock clock) {
		super("Scheduled publishing health check failed");
		this.editorial = editorial;
		this.lease = new Lease(mongo, "scheduled-publishing", LEASE, clock);
	}

	@Scheduled(fixedDelay = 1000, initialDelay = 1000)
	void publishWhatIsDue() {
		try {
			if (lease.renew()) {
				int published = editorial.publishDue();
				if (published > 0) {
					log.info("Published {} scheduled article(s)", published);
				}
			}
		}
		catch (RuntimeException ex) {
			// the database is away: the next check tries again
			log.warn("Could not publish the scheduled articles: {}", ex.toString());
		}
	}

	/** With several instances, one publishes; this says whether it is this one. */
	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.up().withDetail("publishesHere", lease.holdsFor(Duration.ZERO));
	}

	@PreDestroy
	void handOver() {
		lease.release();
	}

}
