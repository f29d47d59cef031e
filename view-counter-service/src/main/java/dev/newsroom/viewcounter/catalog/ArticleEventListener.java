package dev.newsroom.viewcounter.catalog;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.defaults.events.CloudEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class ArticleEventListener {

	private final ArticleCatalog catalog;

	private final CloudEvents events;

	ArticleEventListener(ArticleCatalog catalog, CloudEvents events) {
		this.catalog = catalog;
		this.events = events;
	}

	@KafkaListener(topics = Topics.ARTICLES, groupId = "view-counter-service-catalog")
	void on(ConsumerRecord<String, String> record) {
		if (ArticlePublished.TYPE.equals(CloudEvents.type(record))) {
			catalog.apply(events.read(record, ArticlePublished.class));
		}
	}

}
