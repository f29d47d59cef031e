package dev.newsroom.stack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.bson.Document;

/**
 * What MongoDB's TTL monitor does and the MongoDB-wire server does not: once a minute,
 * the documents whose time in an index with {@code expireAfterSeconds} lies further back
 * than that are deleted. Without it, what a service keeps for a while only (the view
 * counter's recent views and held views, some entry for every view) would grow for as
 * long as the local stack runs, until the memory store's collector took all of its time.
 */
final class ExpiryMonitor implements AutoCloseable {

	/** As often as MongoDB's own monitor runs. */
	private static final Duration EVERY = Duration.ofMinutes(1);

	/** Where the server keeps each database's index descriptions, as MongoDB once did. */
	private static final String INDEXES = "system.indexes";

	private final MongoBackend backend;

	private final Clock clock;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		var thread = new Thread(runnable, "expiry-monitor");
		thread.setDaemon(true);
		return thread;
	});

	ExpiryMonitor(MongoBackend backend, Clock clock) {
		this.backend = backend;
		this.clock = clock;
	}

	/** Sweeps every minute from a minute on: nothing is due while the stack starts. */
	void start() {
		timer.scheduleWithFixedDelay(this::sweepLogged, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Deletes what has expired by now; how many documents that was. */
	long sweep() {
		long deleted = 0;
		Document listed = backend.handleCommand(null, "admin", "listDatabases", new Document("listDatabases", 1));
		for (Object each : (List<?>) listed.get("databases")) {
			MongoDatabase database = backend.resolveDatabase((String) ((Document) each).get("name"));
			MongoCollection<?> indexes = database.resolveCollection(INDEXES, false);
			if (indexes == null) {
				continue;
			}
			for (Document index : indexes.queryAll()) {
				deleted += expire(database, index);
			}
		}
		return deleted;
	}

	/**
	 * MongoDB expires by an index of one field only, and by dates only: a document whose
	 * field holds anything else is kept.
	 */
	private long expire(MongoDatabase database, Document index) {
		Object seconds = index.get("expireAfterSeconds");
		Document key = (Document) index.get("key");
		if (!(seconds instanceof Number after) || key == null || key.size() != 1) {
			return 0;
		}
		String namespace = (String) index.get("ns");
		MongoCollection<?> collection = database
			.resolveCollection(namespace.substring(database.getDatabaseName().length() + 1), false);
		if (collection == null) {
			return 0;
		}
		Instant before = clock.instant().minusSeconds(after.longValue());
		String field = key.keySet().iterator().next();
		return collection.deleteDocuments(new Document(field, new Document("$lt", before)), 0);
	}

	private void sweepLogged() {
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			// the next minute tries again; the server serves on meanwhile
			System.err.println("Expired documents were not deleted: " + ex);
		}
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}

}
