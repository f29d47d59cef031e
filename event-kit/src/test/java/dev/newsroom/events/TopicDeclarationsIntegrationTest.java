package dev.newsroom.events;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.KafkaAdmin;

import static org.assertj.core.api.Assertions.assertThat;

/** What the admin may do with topics that exist, against a real broker. */
class TopicDeclarationsIntegrationTest {

	private final Infrastructure infrastructure = Infrastructure.embedded();

	private final KafkaAdmin admin = new KafkaAdmin(
			Map.of("bootstrap.servers", infrastructure.kafkaBootstrapServers()));

	private final String entity = "entity-" + UUID.randomUUID();

	private final String stream = "stream-" + UUID.randomUUID();

	private final TopicDeclarations declarations = new TopicDeclarations(admin, Set.of(entity));

	@Test
	void anExistingEntityTopicKeepsItsPartitionsButAStreamMayGrow() {
		TestTopics.create(infrastructure, new NewTopic(entity, 2, (short) 1), new NewTopic(stream, 2, (short) 1));

		assertThat(declarations.test(new NewTopic(entity, 4, (short) 1))).isFalse();
		assertThat(declarations.test(new NewTopic(entity, 2, (short) 1))).isTrue();
		assertThat(declarations.test(new NewTopic(stream, 4, (short) 1))).isTrue();
	}

	@Test
	void aMissingEntityTopicIsCreated() {
		assertThat(declarations.test(new NewTopic(entity, 4, (short) 1))).isTrue();
	}

}
