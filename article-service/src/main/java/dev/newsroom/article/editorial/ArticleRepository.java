package dev.newsroom.article.editorial;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface ArticleRepository extends MongoRepository<Article, String> {

	Optional<Article> findBySlug(String slug);

	/**
	 * The published article of this slug, looked up by the unique slug index alone: a
	 * MongoDB-wire server serves a query from a unique index only when it asks for
	 * exactly that index's fields, and scans the collection otherwise.
	 */
	default Optional<Article> findPublished(String slug) {
		return findBySlug(slug).filter(article -> article.status() == ArticleStatus.PUBLISHED);
	}

	boolean existsBySlug(String slug);

	/** A published article that had this slug before. */
	Optional<Article> findFirstByFormerSlugsAndStatus(String formerSlug, ArticleStatus status);

	boolean existsByFormerSlugs(String formerSlug);

	/** Served by the {@code due} index. */
	List<Article> findByStatusAndPublishAtLessThanEqual(ArticleStatus status, Instant time);

	/** Only the slugs: a regex anchored at the start is served by the slug index. */
	@Query(value = "{ 'slug': { '$regex': ?0 } }", fields = "{ 'slug': 1 }")
	List<SlugOnly> findSlugsMatching(String regex);

	record SlugOnly(String slug) {
	}

}
