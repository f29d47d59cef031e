package dev.newsroom.site;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;
import dev.newsroom.contracts.comment.CommentApproved;
import dev.newsroom.contracts.comment.CommentWithdrawn;
import dev.newsroom.contracts.media.GalleryPublished;
import dev.newsroom.contracts.media.GalleryUnpublished;
import dev.newsroom.contracts.media.MediaDeleted;
import dev.newsroom.contracts.media.MediaDescribed;
import dev.newsroom.contracts.views.MostReadChanged;
import dev.newsroom.contracts.views.ViewCountChanged;
import dev.newsroom.events.EventWiring;
import dev.newsroom.site.articles.SiteArticles;
import dev.newsroom.site.comments.SiteComments;
import dev.newsroom.site.galleries.SiteGalleries;
import dev.newsroom.site.media.SiteMedia;
import dev.newsroom.site.views.MostRead;
import dev.newsroom.site.views.ViewTotals;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event the site consumes; it produces none. The README's event catalogue says the
 * same, and the system tests hold the two together.
 */
@Configuration(proxyBeanMethods = false)
class SiteEvents {

	@Bean
	EventWiring eventWiring() {
		return EventWiring.builder()
			// the published articles, whole, as the pages show them
			.subscribe("articles", Topics.ARTICLES, SiteArticles.class,
					on -> on.event(ArticlePublished.TYPE, SiteArticles::published)
						.event(ArticleUnpublished.TYPE, SiteArticles::unpublished)
						.event(ArticleDeleted.TYPE, SiteArticles::deleted)
						.tombstone(SiteArticles::forgotten))
			// photos and videos: captions, credits, renditions, the video list
			.subscribe("media", Topics.MEDIA, SiteMedia.class,
					on -> on.event(MediaDescribed.TYPE, SiteMedia::described)
						.event(MediaDeleted.TYPE, SiteMedia::deleted)
						.tombstone(SiteMedia::forgotten))
			// the photo galleries ("Ảnh")
			.subscribe("galleries", Topics.GALLERIES, SiteGalleries.class,
					on -> on.event(GalleryPublished.TYPE, SiteGalleries::published)
						.event(GalleryUnpublished.TYPE, SiteGalleries::unpublished)
						.tombstone(SiteGalleries::forgotten))
			// "Lượt xem: 2287": a poll's totals at once, the busiest topic the site reads
			.subscribeInBatches("view-totals", Topics.VIEW_COUNTS, ViewCountChanged.TYPE, ViewTotals.class,
					ViewTotals::changed, ViewTotals::forgotten)
			// "Ý kiến bạn đọc": the comments editors approved
			.subscribe("comments", Topics.COMMENTS, SiteComments.class,
					on -> on.event(CommentApproved.TYPE, SiteComments::approved)
						.event(CommentWithdrawn.TYPE, SiteComments::withdrawn)
						.tombstone(SiteComments::forgotten))
			// the most-read blocks
			.subscribe("most-read", Topics.MOST_READ, MostRead.class,
					on -> on.event(MostReadChanged.TYPE, MostRead::changed))
			.build();
	}

}
