package dev.newsroom.article.editorial;

/**
 * Where an article is in the newsroom: written ({@code DRAFT}), waiting for a publisher
 * ({@code IN_REVIEW}), waiting for its time ({@code SCHEDULED}), public
 * ({@code PUBLISHED}), taken off ({@code UNPUBLISHED}), put away ({@code ARCHIVED}), or
 * gone ({@code DELETED}). Only {@code PUBLISHED} is visible to the public.
 */
public enum ArticleStatus {

	DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, UNPUBLISHED, ARCHIVED, DELETED

}
