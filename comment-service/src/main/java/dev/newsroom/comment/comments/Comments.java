package dev.newsroom.comment.comments;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.comment.CommentModerated;
import dev.newsroom.contracts.comment.CommentWithdrawn;
import dev.newsroom.events.EventPublisher;
import dev.newsroom.events.outbox.OutboxSaves;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Keeps comments: each change stored with the events it raised in the comment's outbox,
 * in one write, so that no decision is taken without its event and none is announced that
 * was not stored.
 */
@Service
public class Comments {

	private final MongoTemplate mongo;

	private final EventPublisher events;

	private final Clock clock;

	Comments(MongoTemplate mongo, EventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.events = events;
		this.clock = clock;
	}

	public Comment post(String articleId, String name, String email, String content, List<String> spamSignals) {
		return mongo.insert(Comment.post(articleId, name, email, content, spamSignals, clock.instant()));
	}

	/**
	 * @param basedOn the version of the comment the moderator saw
	 * ({@link Comment#changes()}), if they say: another's change since then refuses this
	 * one
	 */
	public Comment approve(String id, OptionalLong basedOn, String moderator) {
		return moderate(id, basedOn, comment -> comment.approve(moderator, clock.instant()));
	}

	public Comment reject(String id, OptionalLong basedOn, String moderator) {
		return moderate(id, basedOn, comment -> comment.reject(moderator, clock.instant()));
	}

	public Comment markSpam(String id, OptionalLong basedOn, String moderator) {
		return moderate(id, basedOn, comment -> comment.markSpam(moderator, clock.instant()));
	}

	public Comment edit(String id, OptionalLong basedOn, String content, String editor) {
		return moderate(id, basedOn, comment -> {
			comment.edit(content, editor, clock.instant());
			return List.of();
		});
	}

	public void delete(String id) {
		erase(find(id));
	}

	/** Erases every comment sent with this e-mail; how many there were. */
	public int eraseByEmail(String email) {
		if (email == null || email.isBlank()) {
			// a query for no e-mail would match every comment sent without one
			return 0;
		}
		List<Comment> sent = mongo.find(Query.query(Criteria.where("email").is(email).and("deleted").is(false)),
				Comment.class);
		sent.forEach(this::erase);
		return sent.size();
	}

	/** Erases every comment on the article; redelivered, it finds none left. */
	void eraseAllOf(String articleId) {
		mongo.find(Query.query(Criteria.where("articleId").is(articleId).and("deleted").is(false)), Comment.class)
			.forEach(this::erase);
	}

	/** Any comment not deleted, for editors. */
	public Comment find(String id) {
		return Optional.ofNullable(mongo.findById(id, Comment.class))
			.filter(comment -> !comment.isDeleted())
			.orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
					ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No comment " + id), null));
	}

	/** The comments of one status, of one article or all, the oldest first. */
	public CommentPage list(CommentStatus status, String articleId, String cursor, int limit) {
		Criteria criteria = Criteria.where("status").is(status).and("deleted").is(false);
		if (articleId != null) {
			criteria = criteria.and("articleId").is(articleId);
		}
		if (cursor != null) {
			criteria = new Criteria().andOperator(criteria, Cursor.parse(cursor).criteria());
		}
		List<Comment> found = mongo.find(
				Query.query(criteria).with(Sort.by(Sort.Order.asc("postedAt"), Sort.Order.asc("id"))).limit(limit + 1),
				Comment.class);
		if (found.size() <= limit) {
			return new CommentPage(found, null);
		}
		List<Comment> page = found.subList(0, limit);
		return new CommentPage(List.copyOf(page), Cursor.after(page.get(limit - 1)).token());
	}

	private void erase(Comment found) {
		OutboxSaves.retrying(() -> {
			Comment comment = mongo.findById(found.id(), Comment.class);
			comment.erase(clock.instant()).ifPresent(withdrawn -> stage(comment, withdrawn));
			return mongo.save(comment);
		});
	}

	/**
	 * Checked again on every attempt: a save that lost to a concurrent one reads the
	 * comment anew, and the other's change may be what this one must not overwrite.
	 */
	private Comment moderate(String id, OptionalLong basedOn, Function<Comment, List<Event>> change) {
		return OutboxSaves.retrying(() -> {
			Comment comment = find(id);
			basedOn.ifPresent(comment::requireUnchangedSince);
			change.apply(comment).forEach(event -> stage(comment, event));
			return mongo.save(comment);
		});
	}

	/**
	 * Decisions go on their own topic; what the public sees on {@code comments.v1}, where
	 * a withdrawal is followed by the key's tombstone.
	 */
	private void stage(Comment comment, Event event) {
		if (event instanceof CommentModerated) {
			comment.stage(events.outboxMessage(Topics.COMMENT_DECISIONS, comment.id(), event));
			return;
		}
		comment.stage(events.outboxMessage(Topics.COMMENTS, comment.id(), event));
		if (event instanceof CommentWithdrawn) {
			comment.stage(events.outboxTombstone(Topics.COMMENTS, comment.id(), event));
		}
	}

}
