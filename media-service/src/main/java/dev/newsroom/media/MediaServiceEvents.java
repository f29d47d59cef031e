package dev.newsroom.media;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.media.MediaDeleted;
import dev.newsroom.contracts.media.MediaDescribed;
import dev.newsroom.events.EventWiring;
import dev.newsroom.events.TopicKind;
import dev.newsroom.media.library.MediaItem;
import dev.newsroom.media.usage.MediaUsage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event media-service produces and consumes. The README's event catalogue says the
 * same, and the system tests hold the two together.
 */
@Configuration(proxyBeanMethods = false)
class MediaServiceEvents {

	@Bean
	EventWiring eventWiring() {
		return EventWiring.builder()
			// each photo or video with its whole public snapshot, at upload and at every
			// change of its description
			.produces(Topics.MEDIA, TopicKind.ENTITY, "media id", MediaDescribed.TYPE, MediaDeleted.TYPE)
			.relaysOutboxOf(MediaItem.class)
			// which articles use each item, so that one in use is not deleted by mistake
			.subscribe("usage", Topics.ARTICLES, MediaUsage.class,
					on -> on.event(ArticlePublished.TYPE, MediaUsage::published)
						.event(ArticleDeleted.TYPE, MediaUsage::deleted)
						.tombstone(MediaUsage::forget))
			.build();
	}

}
