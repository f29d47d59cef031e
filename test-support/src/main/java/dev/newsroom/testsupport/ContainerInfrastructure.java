package dev.newsroom.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

final class ContainerInfrastructure implements Infrastructure {

	static final ContainerInfrastructure INSTANCE = new ContainerInfrastructure();

	private final KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.1");

	private final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

	private boolean started;

	private ContainerInfrastructure() {
	}

	synchronized ContainerInfrastructure start() {
		if (!started) {
			kafka.start();
			mongo.start();
			started = true;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				kafka.stop();
				mongo.stop();
			}, "container-infrastructure-stop"));
		}
		return this;
	}

	@Override
	public String kafkaBootstrapServers() {
		return kafka.getBootstrapServers();
	}

	@Override
	public String mongoUri(String database) {
		return mongo.getReplicaSetUrl(database);
	}

}
