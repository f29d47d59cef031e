package dev.newsroom.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.newsroom.contracts.EventType;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * The service's wiring under {@code events} in {@code /actuator/info}: what a running
 * instance produces and consumes, by topic, group and event type. The system tests
 * compare it with the README's event catalogue.
 */
final class EventsInfoContributor implements InfoContributor {

	private final Map<String, Object> events;

	EventsInfoContributor(EventWiring wiring, String service) {
		List<Map<String, Object>> produces = wiring.producedTopics()
			.stream()
			.map(topic -> Map.<String, Object>of("topic", topic.topic(), "kind", topic.kind().name(), "key",
					topic.key(), "types", topic.types().stream().map(EventType::name).toList()))
			.toList();
		List<Map<String, Object>> consumes = wiring.subscriptions().stream().map(subscription -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("topic", subscription.topic());
			entry.put("group", subscription.group(service) + (subscription.replayed() ? ".*" : ""));
			entry.put("types", subscription.types().stream().sorted().toList());
			entry.put("tombstones", subscription.handlesTombstones());
			entry.put("replayed", subscription.replayed());
			subscription.deadLetterTopic(service).ifPresent(topic -> entry.put("deadLetters", topic));
			return entry;
		}).toList();
		this.events = Map.of("service", service, "produces", produces, "consumes", consumes);
	}

	@Override
	public void contribute(Info.Builder builder) {
		builder.withDetail("events", events);
	}

}
