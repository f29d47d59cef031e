package dev.newsroom.comment;

import dev.newsroom.comment.articles.PublishedArticles;
import dev.newsroom.comment.comments.Comment;
import dev.newsroom.comment.comments.DeletedArticles;
import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;
import dev.newsroom.contracts.comment.CommentApproved;
import dev.newsroom.contracts.comment.CommentModerated;
import dev.newsroom.contracts.comment.CommentWithdrawn;
import dev.newsroom.events.EventWiring;
import dev.newsroom.events.TopicKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event comment-service produces and consumes. The README's event catalogue says
 * the same, and the system tests hold the two together.
 */
@Configuration(proxyBeanMethods = false)
class CommentServiceEvents {

	@Bean
	EventWiring eventWiring() {
		return EventWiring.builder()
			// each approved comment with its public snapshot, and its withdrawal
			.produces(Topics.COMMENTS, TopicKind.ENTITY, "comment id", CommentApproved.TYPE, CommentWithdrawn.TYPE)
			// every editor's decision, approvals and refusals alike
			.produces(Topics.COMMENT_DECISIONS, TopicKind.STREAM, "comment id", CommentModerated.TYPE)
			.relaysOutboxOf(Comment.class)
			// which articles are published: only those take and show comments
			.subscribe("articles", Topics.ARTICLES, PublishedArticles.class,
					on -> on.event(ArticlePublished.TYPE, PublishedArticles::published)
						.event(ArticleUnpublished.TYPE, PublishedArticles::unpublished)
						.event(ArticleDeleted.TYPE, PublishedArticles::deleted)
						.tombstone(PublishedArticles::forgotten))
			// the comments of an article deleted for good go with it
			.subscribe("deleted-articles", Topics.ARTICLES, DeletedArticles.class,
					on -> on.event(ArticleDeleted.TYPE, DeletedArticles::deleted).tombstone(DeletedArticles::forgotten))
			.build();
	}

}
