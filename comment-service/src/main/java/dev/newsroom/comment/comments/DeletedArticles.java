package dev.newsroom.comment.comments;

import dev.newsroom.contracts.article.ArticleDeleted;

import org.springframework.stereotype.Component;

/**
 * An article deleted for good takes its comments with it: erased here, and the approved
 * ones withdrawn from {@code comments.v1}, so that nothing of its readers is kept for an
 * article no one can read. An unpublished article keeps them, hidden, for its return.
 */
@Component
public class DeletedArticles {

	private final Comments comments;

	DeletedArticles(Comments comments) {
		this.comments = comments;
	}

	public void deleted(ArticleDeleted event) {
		comments.eraseAllOf(event.articleId());
	}

	/** The article's tombstone, after its deletion or for one deleted before this ran. */
	public void forgotten(String articleId) {
		comments.eraseAllOf(articleId);
	}

}
