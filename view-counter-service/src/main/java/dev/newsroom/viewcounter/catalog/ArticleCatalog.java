package dev.newsroom.viewcounter.catalog;

import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;
import dev.newsroom.events.EventPublisher;

import org.bson.Document;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The articles this service knows as published, built from article-service's events
 * rather than its database. Each entry keeps the revision it was built from, so a
 * redelivered or older event changes nothing; a deleted article keeps an entry that says
 * so, so that a late event cannot bring it back. A deleted article's total goes too: a
 * tombstone on {@code view-counts.v1} lets compaction forget it.
 */
@Component
public class ArticleCatalog {

	private static final String COLLECTION = "articles";

	/**
	 * Documents per answer when all are read: a server that does not cap an answer's size
	 * by itself would otherwise send every one at once.
	 */
	private static final int STREAMED_BATCH = 500;

	/** The revision a tombstone leaves: nothing can come after it. */
	private static final long GONE = Long.MAX_VALUE;

	private final MongoTemplate mongo;

	private final EventPublisher events;

	private final ApplicationEventPublisher catalogued;

	public ArticleCatalog(MongoTemplate mongo, EventPublisher events, ApplicationEventPublisher catalogued) {
		this.mongo = mongo;
		this.events = events;
		this.catalogued = catalogued;
	}

	/**
	 * Whether each of these articles is published; those the catalogue does not know are
	 * left out.
	 */
	public Map<String, Boolean> publication(Collection<String> articleIds) {
		// by id alone, which every MongoDB-wire server answers from the id's index
		Map<String, Boolean> known = new HashMap<>();
		for (Document entry : mongo.find(Query.query(Criteria.where("_id").in(articleIds)), Document.class,
				COLLECTION)) {
			known.put(entry.getString("_id"), Boolean.TRUE.equals(entry.getBoolean("published")));
		}
		return known;
	}

	/** Every published article, one at a time. */
	public void forEachPublished(Consumer<CatalogEntry> action) {
		Query published = Query.query(Criteria.where("published").is(true)).cursorBatchSize(STREAMED_BATCH);
		// what a list shows, and no more: a refresh reads every entry
		published.fields().include("slug", "title", "section");
		try (Stream<Document> all = mongo.stream(published, Document.class, COLLECTION)) {
			all.map(entry -> new CatalogEntry(entry.getString("_id"), entry.getString("slug"), entry.getString("title"),
					entry.getString("section")))
				.forEach(action);
		}
	}

	public boolean isPublished(String articleId) {
		return publication(List.of(articleId)).getOrDefault(articleId, false);
	}

	public void published(ArticlePublished event) {
		apply(event.articleId(), event.revision(),
				new Update().set("published", true)
					.set("slug", event.slug())
					.set("title", event.title())
					.set("section", event.section())
					.set("publishedAt", event.publishedAt()));
		catalogued.publishEvent(new PublicationCatalogued(event.articleId()));
	}

	public void unpublished(ArticleUnpublished event) {
		apply(event.articleId(), event.revision(), new Update().set("published", false));
	}

	public void deleted(ArticleDeleted event) {
		apply(event.articleId(), event.revision(), gone());
		forgetTotal(event.articleId());
	}

	/** A tombstone: all that is left of the article is its id. */
	public void forgotten(String articleId) {
		apply(articleId, GONE, gone());
		forgetTotal(articleId);
	}

	/** Sent again on a redelivery, which changes nothing. */
	private void forgetTotal(String articleId) {
		events.publishTombstone(Topics.VIEW_COUNTS, articleId).join();
	}

	private static Update gone() {
		return new Update().set("published", false).set("deleted", true).unset("title").unset("slug");
	}

	private void apply(String articleId, long revision, Update update) {
		try {
			mongo.upsert(Query.query(Criteria.where("_id").is(articleId).and("revision").lt(revision)),
					update.set("revision", revision), COLLECTION);
		}
		catch (DuplicateKeyException alreadyAtThisRevisionOrNewer) {
			// the filter missed an existing entry, so it holds this revision or a later
			// one
		}
	}

}
