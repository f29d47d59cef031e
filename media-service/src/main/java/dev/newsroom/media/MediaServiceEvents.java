package dev.newsroom.media;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.media.GalleryPublished;
import dev.newsroom.contracts.media.GalleryUnpublished;
import dev.newsroom.contracts.media.MediaDeleted;
import dev.newsroom.contracts.media.MediaDescribed;
import dev.newsroom.events.EventWiring;
import dev.newsroom.events.TopicKind;
import dev.newsroom.media.galleries.Gallery;
import dev.newsroom.media.library.MediaItem;
import dev.newsroom.media.renditions.RenditionWorker;
import dev.newsroom.media.usage.MediaUsage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event media-service produces and consumes. The README's event catalogue says the
 * same, and the system tests hold the two together.
 */
@Configuration(proxyBeanMethods = false)
class MediaServiceEvents {

	@Bean
	EventWiring eventWiring(@Value("${newsroom.media.role}") MediaRole role) {
		EventWiring.Builder wiring = EventWiring.builder()
			// each photo or video with its whole public snapshot, at upload, at every
			// change of its description, and when its renditions are made
			.produces(Topics.MEDIA, TopicKind.ENTITY, "media id", MediaDescribed.TYPE, MediaDeleted.TYPE)
			.relaysOutboxOf(MediaItem.class)
			// each published gallery with its whole public snapshot, and its withdrawal
			.produces(Topics.GALLERIES, TopicKind.ENTITY, "gallery id", GalleryPublished.TYPE, GalleryUnpublished.TYPE)
			.relaysOutboxOf(Gallery.class)
			// which articles use each item, so that one in use is not deleted by mistake
			.subscribe("usage", Topics.ARTICLES, MediaUsage.class,
					on -> on.event(ArticlePublished.TYPE, MediaUsage::published)
						.event(ArticleDeleted.TYPE, MediaUsage::deleted)
						.tombstone(MediaUsage::forget))
			// and which published galleries, for the same reason
			.subscribe("gallery-usage", Topics.GALLERIES, MediaUsage.class,
					on -> on.event(GalleryPublished.TYPE, MediaUsage::galleryPublished)
						.tombstone(MediaUsage::forgetGallery));
		if (role.makesRenditions()) {
			// the renditions each photo still needs, after its upload and a new focal
			// point
			wiring.subscribe("renditions", Topics.MEDIA, RenditionWorker.class,
					on -> on.event(MediaDescribed.TYPE, RenditionWorker::described));
		}
		return wiring.build();
	}

	/**
	 * What an instance does: everything, or only the API, or only the renditions (a
	 * worker deployment scaled on its own, whose HTTP port serves its health and
	 * metrics).
	 */
	enum MediaRole {

		ALL, API, RENDITIONS;

		boolean makesRenditions() {
			return this != API;
		}

	}

}
