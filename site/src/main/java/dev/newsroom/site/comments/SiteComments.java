package dev.newsroom.site.comments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.newsroom.contracts.comment.CommentApproved;
import dev.newsroom.contracts.comment.CommentWithdrawn;
import dev.newsroom.site.articles.ArticleStored;
import dev.newsroom.site.articles.SiteArticles;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Readers' comments the editors approved, from {@code comments.v1}, the highest revision
 * kept: one withdrawn after approval stops showing with the event, before its tombstone.
 * Most articles never have one, and their pages do not look: an article is marked on its
 * entry once one of its comments is approved, after the comment is kept, and its comments
 * are looked for once the article is stored, so that a comment that came before its
 * article marks it all the same.
 */
@Component
public class SiteComments {

	private final MongoTemplate mongo;

	private final SiteArticles articles;

	SiteComments(MongoTemplate mongo, SiteArticles articles) {
		this.mongo = mongo;
		this.articles = articles;
	}

	public void approved(CommentApproved comment) {
		keep(comment.commentId(), comment.revision(),
				new Update().set("shown", true)
					.set("articleId", comment.articleId())
					.set("name", comment.name())
					.set("content", comment.content())
					.set("postedAt", comment.postedAt()));
		articles.commented(comment.articleId());
	}

	/** Through the comments' index by article, whichever release kept them. */
	@EventListener
	void stored(ArticleStored article) {
		if (mongo.exists(Query.query(Criteria.where("articleId").is(article.articleId()).and("shown").is(true)),
				CommentEntry.class)) {
			articles.commented(article.articleId());
		}
	}

	public void withdrawn(CommentWithdrawn comment) {
		keep(comment.commentId(), comment.revision(),
				new Update().set("shown", false).set("articleId", comment.articleId()).unset("name").unset("content"));
	}

	public void forgotten(String commentId) {
		mongo.remove(Query.query(Criteria.where("_id").is(commentId)), CommentEntry.class);
	}

	/**
	 * The newest {@code limit} shown comments of an article, in the order they were
	 * written: a long discussion shows its latest part.
	 */
	public List<CommentEntry> of(String articleId, int limit) {
		List<CommentEntry> newest = new ArrayList<>(
				mongo.find(Query.query(Criteria.where("articleId").is(articleId).and("shown").is(true))
					.with(Sort.by(Sort.Order.desc("postedAt"), Sort.Order.desc("id")))
					.limit(limit), CommentEntry.class));
		Collections.reverse(newest);
		return newest;
	}

	/** How many comments of the article show, however many a page lists. */
	public long count(String articleId) {
		return mongo.count(Query.query(Criteria.where("articleId").is(articleId).and("shown").is(true)),
				CommentEntry.class);
	}

	private void keep(String commentId, long revision, Update update) {
		try {
			mongo.findAndModify(Query.query(Criteria.where("_id").is(commentId).and("revision").lt(revision)),
					update.set("revision", revision), FindAndModifyOptions.options().upsert(true), CommentEntry.class);
		}
		catch (DuplicateKeyException newerKept) {
			// a newer revision is stored
		}
	}

}
