package dev.newsroom.article.editorial;

import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ArticleRepository extends MongoRepository<Article, String> {

	Optional<Article> findBySlugAndStatus(String slug, ArticleStatus status);

	Slice<Article> findByStatusOrderByPublishedAtDesc(ArticleStatus status, Pageable page);

	Slice<Article> findBySectionKeyAndStatusOrderByPublishedAtDesc(String sectionKey, ArticleStatus status,
			Pageable page);

	boolean existsBySlug(String slug);

}
