package dev.newsroom.viewcounter.counting;

import dev.newsroom.viewcounter.catalog.ArticleCatalog;
import dev.newsroom.web.PublicReads;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
	ResponseEntity<ViewCount> count(@PathVariable String articleId) {
		if (!catalog.isPublished(articleId)) {
			var notFound = new ErrorResponseException(HttpStatus.NOT_FOUND,
					ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No published article " + articleId), null);
			notFound.getHeaders().setCacheControl(PublicReads.BRIEFLY.getHeaderValue());
			throw notFound;
		}
		return ResponseEntity.ok()
			.cacheControl(PublicReads.BRIEFLY)
			.body(new ViewCount(articleId, counters.total(articleId)));
	}

	record ViewCount(String articleId, long total) {
	}

}
