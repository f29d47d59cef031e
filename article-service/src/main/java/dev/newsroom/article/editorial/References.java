package dev.newsroom.article.editorial;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.newsroom.article.media.MediaCatalog;
import dev.newsroom.web.FieldProblem;

import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * An article refers only to what exists: media items the catalogue knows (an upload
 * arrives there within seconds) and other articles of this service, never itself.
 */
@Component
class References {

	private final MediaCatalog media;

	private final ArticleRepository articles;

	References(MediaCatalog media, ArticleRepository articles) {
		this.media = media;
		this.articles = articles;
	}

	/**
	 * @throws ErrorResponseException 400 naming each reference that is not known
	 */
	void require(ArticleContent content, String articleId) {
		List<FieldProblem> problems = new ArrayList<>();
		List<String> mediaIds = new ArrayList<>(content.gallery());
		mediaIds.addAll(content.videos());
		if (content.featuredImage() != null) {
			mediaIds.add(content.featuredImage().mediaId());
		}
		Set<String> unknownMedia = media.unknown(mediaIds);
		if (content.featuredImage() != null && unknownMedia.contains(content.featuredImage().mediaId())) {
			problems.add(new FieldProblem("featuredImage.mediaId", "is not a known media item"));
		}
		listProblems("gallery", content.gallery(), unknownMedia, "is not a known media item", problems);
		listProblems("videos", content.videos(), unknownMedia, "is not a known media item", problems);
		Set<String> articlesKnown = new HashSet<>();
		articles.findAllById(content.related())
			.stream()
			.filter(article -> article.status() != ArticleStatus.DELETED && !article.id().equals(articleId))
			.forEach(article -> articlesKnown.add(article.id()));
		for (int i = 0; i < content.related().size(); i++) {
			if (!articlesKnown.contains(content.related().get(i))) {
				problems.add(new FieldProblem("related[" + i + "]", "is not another article"));
			}
		}
		if (!problems.isEmpty()) {
			throw FieldProblem.badRequest(problems, null);
		}
	}

	private static void listProblems(String field, List<String> ids, Set<String> unknown, String message,
			List<FieldProblem> problems) {
		for (int i = 0; i < ids.size(); i++) {
			if (unknown.contains(ids.get(i))) {
				problems.add(new FieldProblem(field + "[" + i + "]", message));
			}
		}
	}

}
