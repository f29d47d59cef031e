package dev.newsroom.testsupport;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

final class EmbeddedInfrastructure implements Infrastructure {

	static final EmbeddedInfrastructure INSTANCE = new EmbeddedInfrastructure();

	private EmbeddedKafkaKraftBroker kafka;

	private MongoServer mongo;

	private InetSocketAddress mongoAddress;

	private EmbeddedInfrastructure() {
	}

	synchronized EmbeddedInfrastructure start() {
		if (kafka == null) {
			kafka = new EmbeddedKafkaKraftBroker(1, 3);
			kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
			// as in production: every topic is declared by its owner or it does not exist
			kafka.brokerProperty("auto.create.topics.enable", "false");
			// compaction within a test's patience, for tests of what a compacted topic
			// keeps
			kafka.brokerProperty("log.cleaner.backoff.ms", "200");
			// its buffer is on the tests' heap: 128 MB by default, far more than the
			// tests' keys need
			kafka.brokerProperty("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
			kafka.afterPropertiesSet();
			mongo = new MongoServer(new MemoryBackend());
			mongo.bind("127.0.0.1", 0);
			mongoAddress = mongo.getLocalAddress();
			Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-infrastructure-stop"));
		}
		return this;
	}

	private synchronized void stop() {
		mongo.shutdownNow();
		kafka.destroy();
	}

	@Override
	public String kafkaBootstrapServers() {
		return kafka.getBrokersAsString();
	}

	@Override
	public String mongoUri(String database) {
		return "mongodb://127.0.0.1:" + mongoAddress.getPort() + "/" + database;
	}

}
