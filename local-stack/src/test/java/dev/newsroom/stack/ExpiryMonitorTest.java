package dev.newsroom.stack;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiryMonitorTest {

	private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	@TempDir
	Path directory;

	private MongoServer server;

	private MongoClient client;

	@AfterEach
	void stop() {
		if (client != null) {
			client.close();
		}
		if (server != null) {
			server.shutdownNow();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "memory", "file" })
	void deletesDocumentsOlderThanTheirExpiringIndexAllows(String store) {
		MongoBackend backend = "memory".equals(store) ? new MemoryBackend()
				: new H2Backend(directory.resolve("views.mv").toString());
		MongoDatabase views = connect(backend).getDatabase("views");
		var recent = views.getCollection("recent_views");
		recent.createIndex(Indexes.ascending("storedAt"), new IndexOptions().expireAfter(60L, TimeUnit.SECONDS));
		recent.insertMany(List.of(new Document("_id", "expired").append("storedAt", at(NOW.minusSeconds(61))),
				new Document("_id", "kept").append("storedAt", at(NOW.minusSeconds(59))),
				new Document("_id", "not a date").append("storedAt", "2020-01-01"), new Document("_id", "no time")));
		var articles = views.getCollection("catalog");
		articles.createIndex(Indexes.ascending("publishedAt"));
		articles.insertOne(new Document("_id", "old article").append("publishedAt", at(NOW.minusSeconds(86_400))));

		long deleted = new ExpiryMonitor(backend, Clock.fixed(NOW, ZoneOffset.UTC)).sweep();

		assertThat(deleted).isEqualTo(1);
		assertThat(ids(recent)).containsExactlyInAnyOrder("kept", "not a date", "no time");
		assertThat(ids(articles)).containsExactly("old article");
	}

	@Test
	void findsNothingToDoOnAnEmptyServer() {
		MongoBackend backend = new MemoryBackend();
		connect(backend);

		assertThat(new ExpiryMonitor(backend, Clock.fixed(NOW, ZoneOffset.UTC)).sweep()).isZero();
	}

	private MongoClient connect(MongoBackend backend) {
		server = new MongoServer(backend);
		InetSocketAddress address = server.bind();
		client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
		return client;
	}

	private static Date at(Instant instant) {
		return Date.from(instant);
	}

	private static List<String> ids(MongoCollection<Document> collection) {
		return collection.find().map(document -> document.getString("_id")).into(new ArrayList<>());
	}

}
