package dev.newsroom.article.editorial;

public enum ArticleStatus {

	DRAFT, PUBLISHED, UNPUBLISHED, DELETED

}
