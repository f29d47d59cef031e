package dev.newsroom.article.viewcounts;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.views.ViewCountChanged;
import dev.newsroom.defaults.events.CloudEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class ViewCountListener {

	private final ViewCounts viewCounts;

	private final CloudEvents events;

	ViewCountListener(ViewCounts viewCounts, CloudEvents events) {
		this.viewCounts = viewCounts;
		this.events = events;
	}

	@KafkaListener(topics = Topics.VIEW_COUNTS)
	void on(ConsumerRecord<String, String> record) {
		if (ViewCountChanged.TYPE.equals(CloudEvents.type(record))) {
			viewCounts.apply(events.read(record, ViewCountChanged.class));
		}
	}

}
