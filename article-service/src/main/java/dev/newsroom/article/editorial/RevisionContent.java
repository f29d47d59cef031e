package dev.newsroom.article.editorial;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The content of one revision. Written before the article that lists it, so that every
 * listed revision can be read; one whose article save then failed is never listed, and
 * the next save of that number replaces it.
 */
@Document("article_revisions")
record RevisionContent(@Id String id, String articleId, int number, ArticleContent content) {

	static RevisionContent of(String articleId, int number, ArticleContent content) {
		return new RevisionContent(idOf(articleId, number), articleId, number, content);
	}

	static String idOf(String articleId, int number) {
		return articleId + ":" + number;
	}

}
