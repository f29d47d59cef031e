package dev.newsroom.media.galleries;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.newsroom.contracts.media.GalleryPublished;
import dev.newsroom.contracts.media.GalleryUnpublished;
import dev.newsroom.events.outbox.Outbox;
import dev.newsroom.events.outbox.OutboxMessage;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A photo gallery ("Ảnh"): a title and photos of the library in order, each with a
 * caption of the gallery's own or the photo's. A draft until a publisher publishes it;
 * every public change raises the revision and returns the event that says it. The
 * {@code outbox} holds the events until the relay has published them.
 */
@Document("galleries")
public class Gallery {

	@Id
	private String id;

	@Version
	private Long version;

	private String title;

	private List<GalleryPublished.Item> items;

	private boolean published;

	/** Of the public snapshots: each publish, edit while published, and unpublish. */
	private long revision;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	/** When it was first published; kept when it is published again. */
	private Instant publishedAt;

	private boolean deleted;

	@Unwrapped.Empty
	private Outbox outbox = new Outbox();

	private Gallery() {
	}

	static Gallery create(String title, List<GalleryPublished.Item> items, String editor, Instant time) {
		var gallery = new Gallery();
		gallery.id = UUID.randomUUID().toString();
		gallery.title = title;
		gallery.items = List.copyOf(items);
		gallery.createdBy = editor;
		gallery.createdAt = millis(time);
		gallery.updatedAt = gallery.createdAt;
		return gallery;
	}

	/** Replaces the title and the photos; a published gallery says so at once. */
	Optional<GalleryPublished> edit(String title, List<GalleryPublished.Item> items, Instant time) {
		this.title = title;
		this.items = List.copyOf(items);
		updatedAt = millis(time);
		return published ? Optional.of(snapshot(updatedAt)) : Optional.empty();
	}

	/** Puts it on the site, or again, with its current content. */
	GalleryPublished publish(Instant time) {
		Instant now = millis(time);
		if (publishedAt == null) {
			publishedAt = now;
		}
		published = true;
		return snapshot(now);
	}

	/** Takes it off the site; nothing to say if it is not on it. */
	Optional<GalleryUnpublished> unpublish(Instant time) {
		if (!published) {
			return Optional.empty();
		}
		published = false;
		revision++;
		return Optional.of(new GalleryUnpublished(UUID.randomUUID().toString(), millis(time), id, revision));
	}

	/**
	 * Deletes it: what was public is taken off the site (a tombstone follows), a draft
	 * goes without a word.
	 */
	Optional<GalleryUnpublished> delete(Instant time) {
		deleted = true;
		if (revision == 0) {
			return Optional.empty();
		}
		published = false;
		revision++;
		return Optional.of(new GalleryUnpublished(UUID.randomUUID().toString(), millis(time), id, revision));
	}

	private GalleryPublished snapshot(Instant time) {
		revision++;
		return new GalleryPublished(UUID.randomUUID().toString(), time, id, revision, title, items, publishedAt,
				updatedAt);
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

	String id() {
		return id;
	}

	String title() {
		return title;
	}

	List<GalleryPublished.Item> items() {
		return items;
	}

	boolean isPublished() {
		return published;
	}

	boolean isDeleted() {
		return deleted;
	}

	long revision() {
		return revision;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	Instant publishedAt() {
		return publishedAt;
	}

}
