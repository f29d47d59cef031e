package dev.newsroom.viewcounter;

import java.util.Set;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;
import dev.newsroom.contracts.views.MostReadChanged;
import dev.newsroom.contracts.views.PageViewed;
import dev.newsroom.contracts.views.ViewCountChanged;
import dev.newsroom.events.EventWiring;
import dev.newsroom.events.TopicKind;
import dev.newsroom.viewcounter.catalog.ArticleCatalog;
import dev.newsroom.viewcounter.counting.ViewAggregator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event view-counter-service produces and consumes. The README's event catalogue
 * says the same, and the system tests hold the two together.
 */
@Configuration(proxyBeanMethods = false)
class ViewCounterServiceEvents {

	/**
	 * An instance of the ingest role only produces views; the aggregation role consumes
	 * (both by default). The topics are declared by every instance.
	 */
	@Bean
	EventWiring eventWiring(@Value("${newsroom.views.roles}") Set<String> roles) {
		EventWiring.Builder events = EventWiring.builder()
			// the beacon: one record per page view, accepted once the broker has it
			.produces(Topics.VIEWS, TopicKind.STREAM, "article id", PageViewed.TYPE)
			// the aggregator: each article's absolute total after each batch
			.produces(Topics.VIEW_COUNTS, TopicKind.ENTITY, "article id", ViewCountChanged.TYPE)
			// the most-read lists, each time one changes
			.produces(Topics.MOST_READ, TopicKind.ENTITY, "window and section", MostReadChanged.TYPE);
		if (roles.contains("aggregation")) {
			// which articles are published, so that only their views count
			events
				.subscribe("catalog", Topics.ARTICLES, ArticleCatalog.class,
						on -> on.event(ArticlePublished.TYPE, ArticleCatalog::published)
							.event(ArticleUnpublished.TYPE, ArticleCatalog::unpublished)
							.event(ArticleDeleted.TYPE, ArticleCatalog::deleted)
							.tombstone(ArticleCatalog::forgotten))
				// the views, a poll's batch at a time, deduplicated by partition offset
				.subscribeInBatches("aggregator", Topics.VIEWS, PageViewed.TYPE, ViewAggregator.class,
						ViewAggregator::count);
		}
		return events.build();
	}

}
