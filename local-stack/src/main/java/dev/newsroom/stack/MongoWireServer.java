package dev.newsroom.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-wire server keeping its documents in an H2 MVStore file, so that articles
 * survive a restart of the stack, and deleting expired ones as MongoDB does. One runs per
 * service, as in production each service owns its database.
 */
final class MongoWireServer {

	/**
	 * {@code memory}: documents are kept in memory only, and lost on stop. Neither store
	 * has indexes other than unique ones, so most queries read every document; the H2
	 * store decodes each from its file, which makes queries slow beyond a few thousand
	 * articles, and benchmarks that need many documents use this one.
	 */
	private static final String STORE_VARIABLE = "NEWSROOM_MONGO_STORE";

	private MongoWireServer() {
	}

	/** Whether the stack's MongoDB-wire servers keep their documents in memory only. */
	static boolean inMemory() {
		return "memory".equals(System.getenv(STORE_VARIABLE));
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("Usage: MongoWireServer <port> <store file>");
			System.exit(2);
		}
		int port = Integer.parseInt(args[0]);
		Path store = Path.of(args[1]).toAbsolutePath();
		Files.createDirectories(store.getParent());
		boolean inMemory = inMemory();
		MongoBackend backend = inMemory ? new MemoryBackend() : new H2Backend(store.toString());
		MongoServer server = new MongoServer(backend);
		ExpiryMonitor expiry = new ExpiryMonitor(backend, Clock.systemUTC());
		// shutting down closes the store, which writes what the last second changed
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			expiry.close();
			server.shutdownNow();
		}, "mongo-wire-shutdown"));
		try {
			server.bind(HealthProbe.LOOPBACK, port);
		}
		catch (RuntimeException ex) {
			// without this, the server's threads would keep a JVM running that serves
			// nothing
			System.err.println("Cannot listen on " + HealthProbe.LOOPBACK + ":" + port + ": " + ex);
			System.exit(1);
		}
		expiry.start();
		System.out.println("MongoDB-wire server listening on " + HealthProbe.LOOPBACK + ":" + port
				+ (inMemory ? ", keeping documents in memory only" : ", storing in " + store));
	}

}
