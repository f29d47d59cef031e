package dev.newsroom.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The right to do one job (relay one collection's outbox, publish the scheduled
 * articles), held by one instance at a time and for a limited time, in the service's own
 * MongoDB. The holder renews it every round; if it dies, another instance takes over once
 * the lease has run out. Renewing and releasing check the holder: an instance whose lease
 * ran out can neither extend nor end the lease another instance took meanwhile.
 * (Scheduler locks such as ShedLock name the holder by host and release without that
 * check, which lets two instances on one host, or a slow holder, publish the same
 * events.) The times are the instances' own clocks; keep them in step (NTP), as the lease
 * is only as exact as they are.
 */
public final class Lease {

	static final String COLLECTION = "leases";

	private final MongoTemplate mongo;

	private final String name;

	private final Duration duration;

	private final Clock clock;

	private final String holder = UUID.randomUUID().toString();

	private Instant heldUntil = Instant.MIN;

	public Lease(MongoTemplate mongo, String name, Duration duration, Clock clock) {
		this.mongo = mongo;
		this.name = name;
		this.duration = duration;
		this.clock = clock;
	}

	/**
	 * Takes the lease if it is free or has run out, or renews it if this instance holds
	 * it. The filter misses a lease another instance holds; the upsert then collides with
	 * its {@code _id}, which means "not yours".
	 */
	public boolean renew() {
		Instant now = clock.instant();
		Instant until = now.plus(duration);
		try {
			mongo.upsert(
					Query.query(Criteria.where("_id")
						.is(name)
						.orOperator(Criteria.where("until").lte(now), Criteria.where("holder").is(holder))),
					new Update().set("holder", holder).set("until", until), COLLECTION);
			heldUntil = until;
			return true;
		}
		catch (DuplicateKeyException heldByAnother) {
			heldUntil = Instant.MIN;
			return false;
		}
	}

	/** Whether this instance holds the lease for at least {@code time} more. */
	public boolean holdsFor(Duration time) {
		return clock.instant().plus(time).isBefore(heldUntil);
	}

	/** Lets another instance take over at once, as on a graceful shutdown. */
	public void release() {
		if (heldUntil.isAfter(clock.instant())) {
			mongo.updateFirst(Query.query(Criteria.where("_id").is(name).and("holder").is(holder)),
					new Update().set("until", clock.instant()), COLLECTION);
		}
		heldUntil = Instant.MIN;
	}

}
