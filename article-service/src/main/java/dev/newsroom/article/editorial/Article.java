package dev.newsroom.article.editorial;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;
import dev.newsroom.contracts.article.ArticleWorkflowChanged;
import dev.newsroom.events.outbox.Outbox;
import dev.newsroom.events.outbox.OutboxMessage;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * The article aggregate. Its methods check the state, change it and return the event that
 * tells the world; the caller stores the change and the event in one write. The
 * {@code outbox} holds those events until the relay has published them.
 */
@Document("articles")
@CompoundIndex(name = "section_newest", def = "{'sectionKey': 1, 'status': 1, 'publishedAt': -1, '_id': -1}")
@CompoundIndex(name = "due", def = "{'status': 1, 'publishAt': 1}")
@CompoundIndex(name = "newest", def = "{'status': 1, 'publishedAt': -1, '_id': -1}")
@CompoundIndex(name = "tag_newest", def = "{'tagKeys': 1, 'status': 1, 'publishedAt': -1, '_id': -1}")
public class Article {

	@Id
	private String id;

	@Version
	private Long version;

	@Indexed(unique = true)
	private String slug;

	/** The slugs it was published under before, which now redirect to {@code slug}. */
	@Indexed
	private List<String> formerSlugs = new ArrayList<>();

	private ArticleContent content;

	private String sectionKey;

	/** The tags as slugs, so that a tag matches whatever its case or marks. */
	private List<String> tagKeys = new ArrayList<>();

	private ArticleStatus status;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant publishedAt;

	/** When a scheduled article goes live; null unless scheduled. */
	private Instant publishAt;

	/**
	 * Grows with every change, so consumers can tell a newer snapshot from an older one.
	 */
	private long revision;

	/** Every save of the content, oldest first; their contents are apart. */
	private List<Revision> revisions = new ArrayList<>();

	@Unwrapped.Empty
	private Outbox outbox = new Outbox();

	private Article() {
	}

	static Article draft(ArticleContent content, String slug, String author, Instant now) {
		var article = new Article();
		article.id = UUID.randomUUID().toString();
		article.slug = slug;
		article.content = content;
		article.sectionKey = Slugs.of(content.section());
		article.tagKeys = tagKeysOf(content);
		article.status = ArticleStatus.DRAFT;
		article.createdBy = author;
		article.createdAt = now;
		article.updatedAt = now;
		article.revision = 1;
		article.revisions.add(new Revision(1, author, now, content.changedSince(ArticleContent.EMPTY)));
		return article;
	}

	ArticleWorkflowChanged submit(Instant now) {
		requireStatus("submitted", ArticleStatus.DRAFT);
		return moveTo(ArticleStatus.IN_REVIEW, now);
	}

	ArticlePublished publish(Instant now) {
		requireStatus("published", ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED,
				ArticleStatus.UNPUBLISHED);
		status = ArticleStatus.PUBLISHED;
		publishAt = null;
		publishedAt = now;
		changed(now);
		return snapshot(now);
	}

	/**
	 * To go live at {@code at}, the same way as a publisher's click; a time already past
	 * publishes now. A scheduled article may be scheduled again for another time.
	 */
	Event schedule(Instant at, Instant now) {
		requireStatus("scheduled", ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED,
				ArticleStatus.UNPUBLISHED);
		if (!at.isAfter(now)) {
			return publish(now);
		}
		publishAt = at;
		return moveTo(ArticleStatus.SCHEDULED, now);
	}

	/** Taken off the schedule, back to the publishers' review. */
	ArticleWorkflowChanged unschedule(Instant now) {
		requireStatus("taken off the schedule", ArticleStatus.SCHEDULED);
		publishAt = null;
		return moveTo(ArticleStatus.IN_REVIEW, now);
	}

	/**
	 * Publishes a scheduled article whose time has come, exactly as a publisher would.
	 */
	ArticlePublished publishScheduled(Instant now) {
		requireStatus("published by its schedule", ArticleStatus.SCHEDULED);
		if (publishAt.isAfter(now)) {
			throw new ArticleStateException(id, status, "published before " + publishAt);
		}
		return publish(now);
	}

	ArticleWorkflowChanged archive(Instant now) {
		requireStatus("archived", ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.UNPUBLISHED);
		return moveTo(ArticleStatus.ARCHIVED, now);
	}

	private ArticleWorkflowChanged moveTo(ArticleStatus next, Instant now) {
		status = next;
		changed(now);
		return new ArticleWorkflowChanged(UUID.randomUUID().toString(), now, id, revision, next.name(), publishAt);
	}

	/**
	 * A new version of the content. Readers of a published article get its new snapshot
	 * at once; a draft's change stays in the newsroom.
	 */
	Optional<ArticlePublished> edit(ArticleContent newContent, String editor, Instant now) {
		requireStatus("edited", ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED,
				ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED);
		revisions.add(new Revision(revisions.size() + 1, editor, now, newContent.changedSince(content)));
		content = newContent;
		sectionKey = Slugs.of(newContent.section());
		tagKeys = tagKeysOf(newContent);
		changed(now);
		return isPublished() ? Optional.of(snapshot(now)) : Optional.empty();
	}

	/**
	 * A new address. Once the article has been public its old one may be linked from
	 * anywhere, so it is kept and redirects here; its readers get the new snapshot.
	 */
	Optional<ArticlePublished> changeSlug(String newSlug, Instant now) {
		requireStatus("moved", ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED,
				ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED);
		if (newSlug.equals(slug)) {
			return Optional.empty();
		}
		if (publishedAt != null) {
			formerSlugs.add(slug);
		}
		formerSlugs.remove(newSlug);
		slug = newSlug;
		changed(now);
		return isPublished() ? Optional.of(snapshot(now)) : Optional.empty();
	}

	private static List<String> tagKeysOf(ArticleContent content) {
		return content.tags().stream().map(Slugs::of).distinct().toList();
	}

	private ArticlePublished snapshot(Instant now) {
		ArticleContent.Signature signature = content.signature();
		ArticleContent.FeaturedImage image = content.featuredImage();
		return new ArticlePublished(UUID.randomUUID().toString(), now, id, revision, slug, content.title(),
				content.lead(), content.body(), content.section(), content.tags(), content.byline(),
				signature == null ? null : new ArticlePublished.Signature(signature.name(), signature.position()),
				image == null ? null
						: new ArticlePublished.FeaturedImage(image.mediaId(), image.caption(), image.credit()),
				content.gallery(), content.videos(), content.related(), content.seoTitle(), content.seoDescription(),
				content.source(), publishedAt, updatedAt);
	}

	ArticleUnpublished unpublish(Instant now) {
		requireStatus("unpublished", ArticleStatus.PUBLISHED);
		status = ArticleStatus.UNPUBLISHED;
		changed(now);
		return new ArticleUnpublished(UUID.randomUUID().toString(), now, id, revision, slug);
	}

	/**
	 * The document stays, as the keeper of its last events and of its slug; the article
	 * is gone from every route.
	 */
	ArticleDeleted delete(Instant now) {
		requireStatus("deleted", ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED,
				ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED, ArticleStatus.ARCHIVED);
		publishAt = null;
		status = ArticleStatus.DELETED;
		changed(now);
		return new ArticleDeleted(UUID.randomUUID().toString(), now, id, revision);
	}

	private void requireStatus(String becoming, ArticleStatus... allowed) {
		if (!List.of(allowed).contains(status)) {
			throw new ArticleStateException(id, status, becoming);
		}
	}

	private void changed(Instant now) {
		updatedAt = now;
		revision++;
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

	public String slug() {
		return slug;
	}

	public List<String> formerSlugs() {
		return List.copyOf(formerSlugs);
	}

	public ArticleContent content() {
		return content;
	}

	public ArticleStatus status() {
		return status;
	}

	public boolean isPublished() {
		return status == ArticleStatus.PUBLISHED;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public Instant publishedAt() {
		return publishedAt;
	}

	public Instant publishAt() {
		return publishAt;
	}

	public long revision() {
		return revision;
	}

	public List<Revision> revisions() {
		return List.copyOf(revisions);
	}

	/** The latest save of the content. */
	Revision lastRevision() {
		return revisions.get(revisions.size() - 1);
	}

}
