package dev.newsroom.events;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

import dev.newsroom.events.outbox.OutboxDeadLetters;
import dev.newsroom.events.outbox.OutboxHealthIndicator;
import dev.newsroom.events.outbox.OutboxRelay;
import dev.newsroom.events.outbox.OutboxRelays;
import dev.newsroom.events.outbox.OutboxSettings;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a service's {@link EventWiring} into running parts: its topics declared, one
 * listener container per subscription, an outbox relay per aggregate, the publisher, and
 * what operators see of them (health, metrics, info). A service imports it on its
 * application class, next to its wiring class. Settings in
 * {@code newsroom-events.properties} are defaults that {@code application.yml} and the
 * environment override.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ TopicSettings.class, OutboxSettings.class })
@PropertySource("classpath:newsroom-events.properties")
public class EventKit {

	/**
	 * Milliseconds, as MongoDB stores them: an answer shows the same time a later read
	 * does.
	 */
	@Bean
	Clock clock() {
		return Clock.tickMillis(ZoneOffset.UTC);
	}

	@Bean
	CloudEvents cloudEvents(JsonMapper json, @Value("${spring.application.name}") String service) {
		return new CloudEvents(json, service);
	}

	@Bean
	EventPublisher eventPublisher(EventWiring wiring, CloudEvents codec, KafkaTemplate<String, String> kafka) {
		return new EventPublisher(wiring, codec, kafka);
	}

	@Bean
	KafkaAdmin.NewTopics declaredTopics(EventWiring wiring, TopicSettings settings,
			@Value("${spring.application.name}") String service) {
		return new KafkaAdmin.NewTopics(settings.declarations(wiring, service).toArray(new NewTopic[0]));
	}

	@Bean
	TopicDeclarations topicDeclarations(KafkaAdmin admin, EventWiring wiring) {
		return new TopicDeclarations(admin,
				wiring.producedTopics()
					.stream()
					.filter(topic -> topic.kind() == TopicKind.ENTITY)
					.map(EventWiring.ProducedTopic::topic)
					.collect(Collectors.toSet()));
	}

	@Bean
	SubscriptionContainers subscriptionContainers(EventWiring wiring,
			@Value("${spring.application.name}") String service,
			ConcurrentKafkaListenerContainerFactory<Object, Object> kafkaListenerContainerFactory,
			KafkaTemplate<String, String> kafka, CloudEvents codec, BeanFactory beans,
			ApplicationEventPublisher events) {
		return new SubscriptionContainers(wiring, service, kafkaListenerContainerFactory, kafka, codec, beans, events);
	}

	@Bean
	OutboxDeadLetters outboxDeadLetters(MongoTemplate mongo, Clock clock) {
		return new OutboxDeadLetters(mongo, clock);
	}

	@Bean
	OutboxRelays outboxRelays(EventWiring wiring, MongoTemplate mongo, KafkaTemplate<String, String> kafka,
			CloudEvents codec, OutboxSettings settings, OutboxDeadLetters deadLetters, Clock clock) {
		return new OutboxRelays(wiring.outboxAggregates()
			.stream()
			.map(aggregate -> new OutboxRelay(mongo, aggregate, kafka, codec, settings, deadLetters, clock))
			.toList(), settings);
	}

	@Bean
	OutboxHealthIndicator outboxHealthIndicator(OutboxRelays relays, OutboxDeadLetters deadLetters) {
		return new OutboxHealthIndicator(relays, deadLetters);
	}

	@Bean
	MeterBinder outboxMetrics(OutboxRelays relays, OutboxDeadLetters deadLetters) {
		return registry -> {
			for (OutboxRelay relay : relays.relays()) {
				Gauge.builder("newsroom.outbox.waiting", relay, waiting -> waiting.waiting().documents())
					.description("Documents with events waiting to be published")
					.tag("collection", relay.collection())
					.register(registry);
				FunctionCounter.builder("newsroom.outbox.published", relay, OutboxRelay::published)
					.description("Events this instance published from the outbox")
					.tag("collection", relay.collection())
					.register(registry);
			}
			Gauge.builder("newsroom.outbox.dead.letters", deadLetters, OutboxDeadLetters::count)
				.description("Outbox messages set aside after the broker refused them too often")
				.register(registry);
		};
	}

	@Bean
	EventsInfoContributor eventsInfoContributor(EventWiring wiring,
			@Value("${spring.application.name}") String service) {
		return new EventsInfoContributor(wiring, service);
	}

	/** Named as Boot's own MongoDB check, which it replaces. */
	@Bean
	MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
		return new MongoPingHealthIndicator(mongo);
	}

}
