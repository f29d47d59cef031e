package dev.newsroom.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB-wire server keeping its documents in an H2 MVStore file, so that articles
 * survive a restart of the stack. One runs per service, as in production each service
 * owns its database.
 */
final class MongoWireServer {

	private MongoWireServer() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("Usage: MongoWireServer <port> <store file>");
			System.exit(2);
		}
		int port = Integer.parseInt(args[0]);
		Path store = Path.of(args[1]).toAbsolutePath();
		Files.createDirectories(store.getParent());
		MongoServer server = new MongoServer(new H2Backend(store.toString()));
		// shutting down closes the store, which writes what the last second changed
		Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "mongo-wire-shutdown"));
		try {
			server.bind(HealthProbe.LOOPBACK, port);
		}
		catch (RuntimeException ex) {
			// without this, the server's threads would keep a JVM running that serves
			// nothing
			System.err.println("Cannot listen on " + HealthProbe.LOOPBACK + ":" + port + ": " + ex);
			System.exit(1);
		}
		System.out
			.println("MongoDB-wire server listening on " + HealthProbe.LOOPBACK + ":" + port + ", storing in " + store);
	}

}
