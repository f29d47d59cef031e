package dev.newsroom.events;

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
abstract class LeaseIntegrationTest {

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
		Lease one = lease(NOON);
		Lease other = lease(NOON.plusSeconds(1));

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
		Lease dead = new Lease(mongo, "outbox.articles", LEASE, stalled);
		assertThat(dead.renew()).isTrue();
		Lease survivor = lease(NOON.plusSeconds(31));

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
		Lease one = lease(NOON);
		one.renew();

		one.release();

		assertThat(lease(NOON.plusSeconds(1)).renew()).isTrue();
	}

	private Lease lease(Instant now) {
		return new Lease(mongo, "outbox.articles", LEASE, Clock.fixed(now, ZoneOffset.UTC));
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
