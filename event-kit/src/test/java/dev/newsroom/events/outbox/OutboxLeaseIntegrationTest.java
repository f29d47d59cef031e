package dev.newsroom.events.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.newsroom.testsupport.Infrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances' leases on one database, with clocks the test moves. Subclasses choose
 * the database: the MongoDB-wire server, or MongoDB in a container.
 */
abstract class OutboxLeaseIntegrationTest {

	private static final Instant NOON = Instant.parse("2026-11-20T05:00:00Z");

	private static final Duration LEASE = Duration.ofSeconds(30);

	private MongoClient client;

	private MongoTemplate mongo;

	abstract Infrastructure infrastructure();

	@BeforeEach
	void setUp() {
		client = MongoClients.create(infrastructure().mongoUri("unused"));
		mongo = new MongoTemplate(client, "lease-" + UUID.randomUUID());
	}

	@AfterEach
	void tearDown() {
		client.close();
	}

	@Test
	void oneInstanceHoldsTheLeaseAndRenewsItWhileTheOtherWaits() {
		OutboxLease one = lease(NOON);
		OutboxLease other = lease(NOON.plusSeconds(1));

		assertThat(one.renew()).isTrue();
		assertThat(other.renew()).isFalse();
		assertThat(lease(NOON.plusSeconds(29)).renew()).as("a third, still within the lease").isFalse();
		assertThat(one.renew()).isTrue();
		assertThat(one.holdsFor(Duration.ofSeconds(15))).isTrue();
		assertThat(other.holdsFor(Duration.ZERO)).isFalse();
	}

	@Test
	void aLeaseThatRanOutIsTakenOverAndItsFormerHolderCanNeitherRenewNorReleaseIt() {
		MutableClock stalled = new MutableClock(NOON);
		OutboxLease dead = new OutboxLease(mongo, "outbox.articles", LEASE, stalled);
		assertThat(dead.renew()).isTrue();
		OutboxLease survivor = lease(NOON.plusSeconds(31));

		assertThat(survivor.renew()).as("the lease ran out 30 s after it was taken").isTrue();
		stalled.now = NOON.plusSeconds(5); // a holder back from a stall still thinks it
											// holds it
		assertThat(dead.holdsFor(Duration.ZERO)).isTrue();
		dead.release();

		assertThat(lease(NOON.plusSeconds(32)).renew()).as("its release must not free the survivor's lease").isFalse();
		assertThat(dead.renew()).isFalse();
	}

	@Test
	void aReleasedLeaseIsFreeAtOnce() {
		OutboxLease one = lease(NOON);
		one.renew();

		one.release();

		assertThat(lease(NOON.plusSeconds(1)).renew()).isTrue();
	}

	private OutboxLease lease(Instant now) {
		return new OutboxLease(mongo, "outbox.articles", LEASE, Clock.fixed(now, ZoneOffset.UTC));
	}

	private static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
