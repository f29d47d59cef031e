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

/** Two instances' leases on one MongoDB-wire server, with clocks the test moves. */
class OutboxLeaseIntegrationTest {

	private static final Instant NOON = Instant.parse("2026-11-20T05:00:00Z");

	private static final Duration LEASE = Duration.ofSeconds(30);

	private MongoClient client;

	private MongoTemplate mongo;

	@BeforeEach
	void setUp() {
		client = MongoClients.create(Infrastructure.embedded().mongoUri("unused"));
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
		MutableClock time = new MutableClock(NOON);
		OutboxLease dead = new OutboxLease(mongo, "outbox.articles", LEASE, time);
		assertThat(dead.renew()).isTrue();
		time.now = NOON.plusSeconds(31);
		OutboxLease survivor = new OutboxLease(mongo, "outbox.articles", LEASE, time);

		assertThat(survivor.renew()).isTrue();
		assertThat(dead.holdsFor(Duration.ZERO)).isFalse();
		assertThat(dead.renew()).as("the former holder, back from a long pause").isFalse();
		dead.release();
		assertThat(lease(NOON.plusSeconds(32)).renew()).as("its release must not free the survivor's lease").isFalse();
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
