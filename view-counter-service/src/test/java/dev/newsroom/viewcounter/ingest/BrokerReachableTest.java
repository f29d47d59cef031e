package dev.newsroom.viewcounter.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import dev.newsroom.contracts.Topics;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.core.KafkaAdmin;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerReachableTest {

	@Test
	void theBeaconIsReadyWhileEveryPartitionOfTheViewsHasALeader() {
		TestTopics.create(Infrastructure.embedded(), new NewTopic(Topics.VIEWS, 3, (short) 1));
		try (var reachable = new BrokerReachable(admin(Infrastructure.embedded().kafkaBootstrapServers()),
				Set.of("ingest", "aggregation"))) {
			assertThat(reachable.health(true).getStatus()).isEqualTo(Status.UP);
		}
	}

	@Test
	void theBeaconIsNotReadyWithoutABrokerAndSaysSoWithinTheProbesTime() {
		// the discard port: nothing listens there
		try (var unreachable = new BrokerReachable(admin("127.0.0.1:9"), Set.of("ingest"))) {
			long started = System.nanoTime();
			Health health = unreachable.health(true);

			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(Duration.ofNanos(System.nanoTime() - started))
				.isLessThan(BrokerReachable.ANSWER_WITHIN.plusSeconds(1));
		}
	}

	@Test
	void anInstanceThatDoesNotIngestIsReadyWithoutABroker() {
		try (var counting = new BrokerReachable(admin("127.0.0.1:9"), Set.of("aggregation"))) {
			assertThat(counting.health(true).getStatus()).isEqualTo(Status.UP);
		}
	}

	private static KafkaAdmin admin(String bootstrapServers) {
		return new KafkaAdmin(Map.of("bootstrap.servers", bootstrapServers));
	}

}
