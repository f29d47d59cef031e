package dev.newsroom.article.search;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.newsroom.article.editorial.ArticleContent;
import dev.newsroom.article.editorial.ArticleStatus;
import dev.newsroom.web.FieldProblem;
import dev.newsroom.web.PublicReads;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search over the title, lead and body of published articles, in Vietnamese with or
 * without its marks: best first, a page at a time, each result with the passage that
 * matched.
 */
@RestController
class SearchController {

	private static final int MAX_WORDS = 20;

	private static final String[] FIELDS = { "status", "slug", "content.title", "content.lead", "content.section",
			"content.tags", "content.featuredImage", "publishedAt" };

	private final SearchIndex index;

	private final MongoTemplate mongo;

	SearchController(SearchIndex index, MongoTemplate mongo) {
		this.index = index;
		this.mongo = mongo;
	}

	/**
	 * Words must all occur, in any form of their marks; {@code "quoted words"} must occur
	 * together.
	 */
	@GetMapping("/api/articles/search")
	ResponseEntity<Results> search(@RequestParam @Size(max = 200) String q,
			@RequestParam(required = false) @Size(max = 400) String cursor,
			@RequestParam(defaultValue = "10") @Min(1) @Max(50) int size) {
		SearchQuery query = SearchQuery.parse(q);
		if (query.isEmpty() || query.words() > MAX_WORDS) {
			throw badRequest("q",
					query.isEmpty() ? "holds no word to search for" : "has more than " + MAX_WORDS + " words", null);
		}
		if (!index.isComplete()) {
			var unavailable = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE,
					ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
							"The search index of this instance is still being built"),
					null);
			unavailable.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
			throw unavailable;
		}
		SearchIndex.Page page = index.search(query, cursorOf(cursor), size);
		// by id alone, which every MongoDB-wire server serves from the id index; one
		// unpublished since the index heard of it is left out here
		Map<String, Found> found = new HashMap<>();
		Query byId = Query.query(Criteria.where("_id").in(page.ids()));
		byId.fields().include(FIELDS);
		mongo.find(byId, Found.class, "articles")
			.stream()
			.filter(article -> article.status() == ArticleStatus.PUBLISHED)
			.forEach(article -> found.put(article.id(), article));
		List<Result> items = page.hits()
			.stream()
			.filter(hit -> found.containsKey(hit.id()))
			.map(hit -> found.get(hit.id()).result(hit.snippet()))
			.toList();
		return ResponseEntity.ok()
			.cacheControl(PublicReads.BRIEFLY)
			.body(new Results(items, page.next() == null ? null : page.next().encode()));
	}

	private static SearchCursor cursorOf(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			return SearchCursor.decode(cursor);
		}
		catch (IllegalArgumentException notOurs) {
			throw badRequest("cursor", "is not a cursor this search gave out", notOurs);
		}
	}

	private static ErrorResponseException badRequest(String field, String message, Throwable cause) {
		return FieldProblem.badRequest(List.of(new FieldProblem(field, message)), cause);
	}

	/** A result's teaser as the database holds it. */
	record Found(@Id String id, ArticleStatus status, String slug, Content content, Instant publishedAt) {

		record Content(String title, String lead, String section, List<String> tags,
				ArticleContent.FeaturedImage featuredImage) {
		}

		Result result(String snippet) {
			return new Result(id, slug, content.title(), content.lead(), content.section(),
					content.tags() == null ? List.of() : content.tags(), content.featuredImage(), publishedAt, snippet);
		}

	}

	/** A result: the article's teaser and {@code snippet}, HTML with matches marked. */
	record Result(String id, String slug, String title, String lead, String section, List<String> tags,
			ArticleContent.FeaturedImage featuredImage, Instant publishedAt, String snippet) {
	}

	record Results(List<Result> items, String nextCursor) {
	}

}
