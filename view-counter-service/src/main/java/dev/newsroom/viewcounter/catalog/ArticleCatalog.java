package dev.newsroom.viewcounter.catalog;

import dev.newsroom.contracts.article.ArticlePublished;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The articles this service knows as published, built from article-service's events
 * rather than its database. Each entry keeps the revision it was built from, so a
 * redelivered or older event changes nothing.
 */
@Component
public class ArticleCatalog {

	private static final String COLLECTION = "articles";

	private final MongoTemplate mongo;

	public ArticleCatalog(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public boolean isPublished(String articleId) {
		return mongo.exists(Query.query(Criteria.where("_id").is(articleId).and("published").is(true)), COLLECTION);
	}

	public void apply(ArticlePublished event) {
		try {
			mongo.upsert(Query.query(Criteria.where("_id").is(event.articleId()).and("revision").lt(event.revision())),
					new Update().set("revision", event.revision())
						.set("published", true)
						.set("slug", event.slug())
						.set("title", event.title())
						.set("section", event.section())
						.set("publishedAt", event.publishedAt()),
					COLLECTION);
		}
		catch (DuplicateKeyException alreadyAtThisRevisionOrNewer) {
			// the filter missed an existing entry, so it holds this revision or a later
			// one
		}
	}

}
