package dev.newsroom.article;

import dev.newsroom.article.editorial.Article;
import dev.newsroom.article.media.MediaCatalog;
import dev.newsroom.article.search.SearchIndex;
import dev.newsroom.article.viewcounts.ViewCounts;
import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;
import dev.newsroom.contracts.article.ArticleWorkflowChanged;
import dev.newsroom.contracts.media.MediaDescribed;
import dev.newsroom.contracts.views.ViewCountChanged;
import dev.newsroom.events.EventWiring;
import dev.newsroom.events.TopicKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event article-service produces and consumes. The README's event catalogue says
 * the same, and the system tests hold the two together.
 */
@Configuration(proxyBeanMethods = false)
class ArticleServiceEvents {

	@Bean
	EventWiring eventWiring() {
		return EventWiring.builder()
			// each change of a public article, with its whole public snapshot
			.produces(Topics.ARTICLES, TopicKind.ENTITY, "article id", ArticlePublished.TYPE, ArticleUnpublished.TYPE,
					ArticleDeleted.TYPE, ArticleWorkflowChanged.TYPE)
			.relaysOutboxOf(Article.class)
			// captions, credits and addresses of the photos and videos articles show
			.subscribe("media", Topics.MEDIA, MediaCatalog.class,
					on -> on.event(MediaDescribed.TYPE, MediaCatalog::describe).tombstone(MediaCatalog::forget))
			// the count shown on each article ("Lượt xem: 2287"), a poll's totals at once
			.subscribeInBatches("view-totals", Topics.VIEW_COUNTS, ViewCountChanged.TYPE, ViewCounts.class,
					ViewCounts::apply)
			// every instance's own search index, rebuilt from the topic at each start
			.replay(SearchIndex.SUBSCRIPTION, Topics.ARTICLES, SearchIndex.class,
					on -> on.event(ArticlePublished.TYPE, SearchIndex::put)
						.event(ArticleUnpublished.TYPE, SearchIndex::remove)
						.event(ArticleDeleted.TYPE, SearchIndex::remove)
						.tombstone(SearchIndex::forget))
			.build();
	}

}
