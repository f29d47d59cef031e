package dev.newsroom.viewcounter.counting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.newsroom.viewcounter.catalog.ArticleCatalog;
import dev.newsroom.web.PublicReads;

import org.springframework.beans.factory.annotation.Value;
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

	private final Clock clock;

	private final ZoneId zone;

	ViewCountController(ArticleCatalog catalog, ViewCounters counters, Clock clock,
			@Value("${newsroom.views.time-zone}") ZoneId zone) {
		this.catalog = catalog;
		this.counters = counters;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * An article's views: all of them, today's and those of the last seven days (today
	 * included), days as the portal's readers count them.
	 */
	@GetMapping("/api/views/{articleId}")
	ResponseEntity<ViewCount> count(@PathVariable String articleId) {
		if (!catalog.isPublished(articleId)) {
			var notFound = new ErrorResponseException(HttpStatus.NOT_FOUND,
					ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No published article " + articleId), null);
			notFound.getHeaders().setCacheControl(PublicReads.BRIEFLY.getHeaderValue());
			throw notFound;
		}
		Counter counter = counters.find(articleId).orElse(Counter.none(articleId));
		LocalDate today = LocalDate.now(clock.withZone(zone));
		return ResponseEntity.ok()
			.cacheControl(PublicReads.BRIEFLY)
			.body(new ViewCount(articleId, counter.total(), counter.viewsOn(today), counter.viewsOfLastDays(today, 7)));
	}

	record ViewCount(String articleId, long total, long today, long last7Days) {
	}

}
