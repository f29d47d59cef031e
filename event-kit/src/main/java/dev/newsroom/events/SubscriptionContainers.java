package dev.newsroom.events;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * One listener container per subscription, made from Boot's container factory (so the
 * {@code spring.kafka.consumer.*} and {@code spring.kafka.listener.*} settings apply),
 * each in its own consumer group and with its own dead-letter topic. The handler beans
 * are looked up at start, when every bean exists.
 */
final class SubscriptionContainers implements SmartLifecycle {

	private final EventWiring wiring;

	private final String service;

	private final ConcurrentKafkaListenerContainerFactory<Object, Object> factory;

	private final KafkaTemplate<String, String> kafka;

	private final CloudEvents codec;

	private final BeanFactory beans;

	private final List<ConcurrentMessageListenerContainer<Object, Object>> containers = new ArrayList<>();

	SubscriptionContainers(EventWiring wiring, String service,
			ConcurrentKafkaListenerContainerFactory<Object, Object> factory, KafkaTemplate<String, String> kafka,
			CloudEvents codec, BeanFactory beans) {
		this.wiring = wiring;
		this.service = service;
		this.factory = factory;
		this.kafka = kafka;
		this.codec = codec;
		this.beans = beans;
	}

	@Override
	public synchronized void start() {
		for (Subscription subscription : wiring.subscriptions()) {
			ConcurrentMessageListenerContainer<Object, Object> container = factory
				.createContainer(subscription.topic());
			container.getContainerProperties().setGroupId(subscription.group(service));
			container.getContainerProperties()
				.setMessageListener(
						SubscriptionListener.of(subscription, beans.getBean(subscription.handlerClass()), codec));
			container.setCommonErrorHandler(FailurePolicy.errorHandler(kafka, subscription.deadLetterTopic(service)));
			container.setBeanName(subscription.group(service));
			container.start();
			containers.add(container);
		}
	}

	@Override
	public synchronized void stop() {
		containers.forEach(ConcurrentMessageListenerContainer::stop);
		containers.clear();
	}

	@Override
	public synchronized boolean isRunning() {
		return !containers.isEmpty();
	}

}
