package dev.newsroom.media.galleries;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.media.GalleryPublished;
import dev.newsroom.events.EventPublisher;
import dev.newsroom.events.outbox.OutboxMessage;
import dev.newsroom.events.outbox.OutboxSaves;
import dev.newsroom.media.library.MediaItem;
import dev.newsroom.media.library.MediaLibrary;
import dev.newsroom.web.FieldProblem;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Keeps galleries: each change stored with the event it raised in the gallery's outbox,
 * in one write. Every item must be a photo of the library when the gallery is saved; one
 * deleted later is left out of what readers see.
 */
@Service
class Galleries {

	private final MongoTemplate mongo;

	private final MediaLibrary library;

	private final EventPublisher events;

	private final Clock clock;

	Galleries(MongoTemplate mongo, MediaLibrary library, EventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.library = library;
		this.events = events;
		this.clock = clock;
	}

	Gallery create(String title, List<GalleryPublished.Item> items, String editor) {
		checkPhotos(items);
		return mongo.insert(Gallery.create(title, items, editor, clock.instant()));
	}

	Gallery edit(String id, String title, List<GalleryPublished.Item> items) {
		checkPhotos(items);
		return change(id, gallery -> gallery.edit(title, items, clock.instant()));
	}

	Gallery publish(String id) {
		return change(id, gallery -> Optional.of(gallery.publish(clock.instant())));
	}

	Gallery unpublish(String id) {
		return change(id, gallery -> gallery.unpublish(clock.instant()));
	}

	void delete(String id) {
		OutboxSaves.retrying(() -> {
			Gallery gallery = find(id);
			gallery.delete(clock.instant()).ifPresent(unpublished -> {
				gallery.stage(events.outboxMessage(Topics.GALLERIES, id, unpublished));
				gallery.stage(events.outboxTombstone(Topics.GALLERIES, id, unpublished));
			});
			return mongo.save(gallery);
		});
	}

	/** Any gallery not deleted, for editors. */
	Gallery find(String id) {
		return Optional.ofNullable(mongo.findById(id, Gallery.class))
			.filter(gallery -> !gallery.isDeleted())
			.orElseThrow(() -> notFound(id));
	}

	/** A gallery on the site, for readers. */
	Gallery findPublished(String id) {
		Gallery gallery = find(id);
		if (!gallery.isPublished()) {
			throw notFound(id);
		}
		return gallery;
	}

	/** The galleries on the site, the last published first. */
	List<Gallery> published(int limit) {
		return mongo.find(Query.query(Criteria.where("published").is(true))
			.with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id")))
			.limit(limit), Gallery.class);
	}

	/** Every gallery, drafts included, the last changed first. */
	List<Gallery> all(int limit) {
		return mongo.find(Query.query(Criteria.where("deleted").is(false))
			.with(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")))
			.limit(limit), Gallery.class);
	}

	/**
	 * The photos of the library the items name, in one query; those gone are left out.
	 */
	List<MediaItem> photos(Gallery gallery) {
		return new ArrayList<>(
				library.lookUpAll(gallery.items().stream().map(GalleryPublished.Item::mediaId).toList()).values());
	}

	private Gallery change(String id, Function<Gallery, Optional<? extends Event>> change) {
		return OutboxSaves.retrying(() -> {
			Gallery gallery = find(id);
			change.apply(gallery).ifPresent(event -> gallery.stage(outboxMessage(id, event)));
			return mongo.save(gallery);
		});
	}

	private OutboxMessage outboxMessage(String id, Event event) {
		return events.outboxMessage(Topics.GALLERIES, id, event);
	}

	private void checkPhotos(List<GalleryPublished.Item> items) {
		Map<String, MediaItem> found = library.lookUpAll(items.stream().map(GalleryPublished.Item::mediaId).toList());
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			MediaItem media = found.get(items.get(i).mediaId());
			if (media == null || !media.format().isImage()) {
				problems.add(new FieldProblem("items[" + i + "].mediaId", "is not a photo of the library"));
			}
		}
		if (!problems.isEmpty()) {
			throw FieldProblem.badRequest(problems, null);
		}
	}

	private static ErrorResponseException notFound(String id) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND,
				ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No gallery " + id), null);
	}

}
