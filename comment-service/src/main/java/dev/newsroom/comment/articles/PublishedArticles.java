package dev.newsroom.comment.articles;

import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The articles on the site, as article-service's events say: readers comment only on
 * those, and read the comments only of those. Each entry keeps the revision it was built
 * from, so a redelivered or older event changes nothing, and a deleted article stays
 * deleted.
 */
@Component
public class PublishedArticles {

	private static final String COLLECTION = "articles";

	/** The revision a tombstone leaves: nothing can come after it. */
	private static final long GONE = Long.MAX_VALUE;

	private final MongoTemplate mongo;

	PublishedArticles(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public boolean isPublished(String articleId) {
		Document entry = mongo.findById(articleId, Document.class, COLLECTION);
		return entry != null && Boolean.TRUE.equals(entry.getBoolean("published"));
	}

	public void published(ArticlePublished event) {
		apply(event.articleId(), event.revision(), new Update().set("published", true));
	}

	public void unpublished(ArticleUnpublished event) {
		apply(event.articleId(), event.revision(), new Update().set("published", false));
	}

	public void deleted(ArticleDeleted event) {
		apply(event.articleId(), event.revision(), new Update().set("published", false));
	}

	public void forgotten(String articleId) {
		apply(articleId, GONE, new Update().set("published", false));
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
