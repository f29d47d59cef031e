package dev.newsroom.comment.comments;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.comment.CommentApproved;
import dev.newsroom.contracts.comment.CommentModerated;
import dev.newsroom.contracts.comment.CommentWithdrawn;
import dev.newsroom.events.outbox.Outbox;
import dev.newsroom.events.outbox.OutboxMessage;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A reader's comment on an article. It waits for an editor, who approves it (it goes
 * public), rejects it, or marks it as spam, and may change their mind; each decision
 * returns its events. The text may be edited before approval: every earlier text is kept,
 * the first being what the reader sent. The e-mail, if given, is for the editors alone,
 * and is erased with the rest of the comment on request.
 */
@Document("comments")
@CompoundIndex(name = "queue", def = "{'status': 1, 'postedAt': 1, '_id': 1}")
@CompoundIndex(name = "by_article", def = "{'articleId': 1, 'status': 1, 'postedAt': 1, '_id': 1}")
@CompoundIndex(name = "by_email", def = "{'email': 1}", sparse = true)
public class Comment {

	@Id
	private String id;

	@Version
	private Long version;

	private String articleId;

	private String name;

	private String email;

	private String content;

	private List<Revision> revisions = new ArrayList<>();

	private CommentStatus status;

	/** Why the spam rules think it may be spam; empty if they do not. */
	private List<String> spamSignals;

	private Instant postedAt;

	private Instant decidedAt;

	private String decidedBy;

	/** Of the public snapshots: each approval and each withdrawal. */
	private long revision;

	/**
	 * Of the moderators' changes, each decision and each correction of the text: the
	 * version their ETag names, so that an editor acting on what they saw learns that
	 * another acted first. Not {@code version}, which the outbox's bookkeeping moves too.
	 */
	private long changes;

	private boolean deleted;

	@Unwrapped.Empty
	private Outbox outbox = new Outbox();

	private Comment() {
	}

	static Comment post(String articleId, String name, String email, String content, List<String> spamSignals,
			Instant time) {
		var comment = new Comment();
		comment.id = UUID.randomUUID().toString();
		comment.articleId = articleId;
		comment.name = name;
		comment.email = email;
		comment.content = content;
		comment.spamSignals = List.copyOf(spamSignals);
		comment.status = CommentStatus.PENDING;
		comment.postedAt = millis(time);
		return comment;
	}

	/** Makes it public with its current text. */
	List<Event> approve(String moderator, Instant time) {
		decide(CommentStatus.APPROVED, moderator, time);
		revision++;
		return List.of(new CommentApproved(UUID.randomUUID().toString(), decidedAt, id, articleId, revision, name,
				content, postedAt), decision(moderator));
	}

	/** Refuses it; an approved comment is withdrawn from the site. */
	List<Event> reject(String moderator, Instant time) {
		return refuse(CommentStatus.REJECTED, moderator, time);
	}

	/** Refuses it as spam; an approved comment is withdrawn from the site. */
	List<Event> markSpam(String moderator, Instant time) {
		return refuse(CommentStatus.SPAM, moderator, time);
	}

	/** Corrects the text before it goes public, keeping the one it replaces. */
	void edit(String newContent, String editor, Instant time) {
		if (status == CommentStatus.APPROVED) {
			throw new CommentStateException(id, status, "edited");
		}
		revisions.add(new Revision(content, editor, millis(time)));
		content = newContent;
		changes++;
	}

	/**
	 * @throws CommentChangedException if a moderator changed it since the version the
	 * change is based on
	 */
	void requireUnchangedSince(long basedOn) {
		if (changes != basedOn) {
			throw new CommentChangedException(id, changes);
		}
	}

	/**
	 * Deletes it and everything it said of its author at once; an approved comment is
	 * withdrawn from the site.
	 */
	Optional<CommentWithdrawn> erase(Instant time) {
		boolean wasPublic = status == CommentStatus.APPROVED;
		deleted = true;
		name = null;
		email = null;
		content = null;
		revisions = List.of();
		if (!wasPublic) {
			return Optional.empty();
		}
		status = CommentStatus.REJECTED;
		return Optional.of(withdrawal(millis(time)));
	}

	private List<Event> refuse(CommentStatus refusal, String moderator, Instant time) {
		boolean wasPublic = status == CommentStatus.APPROVED;
		decide(refusal, moderator, time);
		if (!wasPublic) {
			return List.of(decision(moderator));
		}
		return List.of(withdrawal(decidedAt), decision(moderator));
	}

	private void decide(CommentStatus decision, String moderator, Instant time) {
		if (status == decision) {
			throw new CommentStateException(id, status, decision.name());
		}
		status = decision;
		decidedBy = moderator;
		decidedAt = millis(time);
		changes++;
	}

	private CommentWithdrawn withdrawal(Instant time) {
		revision++;
		return new CommentWithdrawn(UUID.randomUUID().toString(), time, id, articleId, revision);
	}

	private CommentModerated decision(String moderator) {
		return new CommentModerated(UUID.randomUUID().toString(), decidedAt, id, articleId, status.name(), moderator);
	}

	private static Instant millis(Instant time) {
		return time.truncatedTo(ChronoUnit.MILLIS);
	}

	void stage(OutboxMessage message) {
		outbox.stage(message);
	}

	List<OutboxMessage> outbox() {
		return outbox.messages();
	}

	public String id() {
		return id;
	}

	public String articleId() {
		return articleId;
	}

	public String name() {
		return name;
	}

	public String email() {
		return email;
	}

	public String content() {
		return content;
	}

	public List<Revision> revisions() {
		return List.copyOf(revisions);
	}

	public CommentStatus status() {
		return status;
	}

	/** The version of what moderators changed: each decision and each correction. */
	public long changes() {
		return changes;
	}

	public List<String> spamSignals() {
		return spamSignals;
	}

	public Instant postedAt() {
		return postedAt;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public String decidedBy() {
		return decidedBy;
	}

	boolean isDeleted() {
		return deleted;
	}

	/** An earlier text of the comment, and who replaced it when. */
	public record Revision(String content, String editedBy, Instant editedAt) {
	}

}
