package dev.newsroom.viewcounter;

import java.util.Set;

import dev.newsroom.events.Subscription;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ViewCounterServiceEventsTest {

	@Test
	void theAggregationRoleConsumesAndTheIngestRoleOnlyProduces() {
		var events = new ViewCounterServiceEvents();

		assertThat(events.eventWiring(Set.of("ingest", "aggregation")).subscriptions()).extracting(Subscription::name)
			.containsExactlyInAnyOrder("catalog", "aggregator");
		assertThat(events.eventWiring(Set.of("aggregation")).subscriptions()).hasSize(2);
		assertThat(events.eventWiring(Set.of("ingest")).subscriptions()).isEmpty();
		assertThat(events.eventWiring(Set.of("ingest")).producedTopics())
			.isEqualTo(events.eventWiring(Set.of("ingest", "aggregation")).producedTopics());
	}

}
