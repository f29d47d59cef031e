package dev.newsroom.viewcounter.counting;

import dev.newsroom.viewcounter.catalog.ArticleCatalog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ViewCountController {

	private final ArticleCatalog catalog;

	private final ViewCounters counters;

	ViewCountController(ArticleCatalog catalog, ViewCounters counters) {
		this.catalog = catalog;
		this.counters = counters;
	}

	@GetMapping("/api/views/{articleId}")
	ViewCount count(@PathVariable String articleId) {
		if (!catalog.isPublished(articleId)) {
			throw new ErrorResponseException(HttpStatus.NOT_FOUND,
					ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No published article " + articleId), null);
		}
		return new ViewCount(articleId, counters.total(articleId));
	}

	record ViewCount(String articleId, long total) {
	}

}
