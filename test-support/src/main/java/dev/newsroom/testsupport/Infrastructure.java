package dev.newsroom.testsupport;

import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The Kafka broker and MongoDB server a service's integration tests run against.
 * {@link #embedded()} is a real KRaft broker and the mongo-java-server wire server, in
 * this JVM; {@link #containers()} is real MongoDB and Kafka in Docker. Either is started
 * once per test JVM and stopped when the JVM exits.
 */
public interface Infrastructure {

	String kafkaBootstrapServers();

	String mongoUri(String database);

	static Infrastructure embedded() {
		return EmbeddedInfrastructure.INSTANCE.start();
	}

	static Infrastructure containers() {
		return ContainerInfrastructure.INSTANCE.start();
	}

	/**
	 * Points a service at this infrastructure, with a database of its own so that test
	 * classes do not see each other's documents, and makes it trust {@link TestTokens}.
	 */
	default void register(DynamicPropertyRegistry registry) {
		String database = "test-" + UUID.randomUUID();
		registry.add("spring.kafka.bootstrap-servers", this::kafkaBootstrapServers);
		registry.add("spring.mongodb.uri", () -> mongoUri(database));
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
		registry.add("newsroom.outbox.poll-interval", () -> "50ms");
	}

}
