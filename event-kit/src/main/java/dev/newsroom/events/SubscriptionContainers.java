package dev.newsroom.events;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;

/**
 * One listener container per subscription, made from Boot's container factory (so the
 * {@code spring.kafka.consumer.*} and {@code spring.kafka.listener.*} settings apply),
 * each in its own consumer group and with its own dead-letter topic; a replayed
 * subscription in a group of the instance's own. The handler beans are looked up at
 * start, when every bean exists.
 */
final class SubscriptionContainers implements SmartLifecycle {

	private final EventWiring wiring;

	private final String service;

	private final ConcurrentKafkaListenerContainerFactory<Object, Object> factory;

	private final KafkaTemplate<String, String> kafka;

	private final CloudEvents codec;

	private final BeanFactory beans;

	private final ApplicationEventPublisher events;

	private final List<ConcurrentMessageListenerContainer<Object, Object>> containers = new ArrayList<>();

	SubscriptionContainers(EventWiring wiring, String service,
			ConcurrentKafkaListenerContainerFactory<Object, Object> factory, KafkaTemplate<String, String> kafka,
			CloudEvents codec, BeanFactory beans, ApplicationEventPublisher events) {
		this.wiring = wiring;
		this.service = service;
		this.factory = factory;
		this.kafka = kafka;
		this.codec = codec;
		this.beans = beans;
		this.events = events;
	}

	@Override
	public synchronized void start() {
		for (Subscription subscription : wiring.subscriptions()) {
			ConcurrentMessageListenerContainer<Object, Object> container = factory
				.createContainer(subscription.topic());
			Object listener = SubscriptionListener.of(subscription, beans.getBean(subscription.handlerClass()), codec);
			ContainerProperties properties = container.getContainerProperties();
			if (subscription.replayed()) {
				replaying(container, subscription, listener);
			}
			else {
				properties.setGroupId(subscription.group(service));
				properties.setMessageListener(listener);
				container.setCommonErrorHandler(
						FailurePolicy.errorHandler(kafka, subscription.deadLetterTopic(service).orElseThrow()));
			}
			container.setBeanName(properties.getGroupId());
			container.start();
			containers.add(container);
		}
	}

	/**
	 * A group of this instance's own, read from the beginning by one consumer and never
	 * committed: it leaves no offsets behind.
	 */
	@SuppressWarnings("unchecked")
	private void replaying(ConcurrentMessageListenerContainer<Object, Object> container, Subscription subscription,
			Object listener) {
		ContainerProperties properties = container.getContainerProperties();
		properties.setGroupId(subscription.group(service) + "." + UUID.randomUUID());
		properties.setAckMode(ContainerProperties.AckMode.MANUAL);
		properties.getKafkaConsumerProperties().setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		properties.getKafkaConsumerProperties().setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		var progress = new ReplayProgress(subscription.name(), events);
		properties.setConsumerRebalanceListener(progress);
		properties.setMessageListener(progress.tracking((MessageListener<String, String>) listener));
		container.setConcurrency(1);
		container.setCommonErrorHandler(FailurePolicy.skipping(subscription.name(), progress::passed));
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
