package dev.newsroom.article.media;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.newsroom.contracts.media.MediaDescribed;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The photos and videos articles refer to, as {@code media.v1} describes them: so that an
 * article is read, and its references checked, without asking media-service, and a
 * caption edited once shows in every article that uses the photo.
 */
@Component
public class MediaCatalog {

	private static final String COLLECTION = "media";

	private final MongoTemplate mongo;

	MediaCatalog(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** What a page shows of a media item. */
	public record MediaItem(@Id String id, String type, String contentType, String caption, String credit, String alt,
			String url, String embedUrl, Map<String, String> renditions, Instant describedAt) {

		/** The smaller copies made so far, by name; none before they are made. */
		@Override
		public Map<String, String> renditions() {
			return renditions == null ? Map.of() : renditions;
		}

	}

	/** A snapshot of an item: its description, at upload and after every change. */
	public void describe(MediaDescribed described) {
		keep(described.mediaId(), described.revision(),
				new Update().set("describedAt", described.occurredAt())
					.set("type", described.type())
					.set("contentType", described.contentType())
					.set("caption", described.caption())
					.set("credit", described.credit())
					.set("alt", described.alt())
					.set("url", described.url())
					.set("embedUrl", described.embedUrl())
					.set("renditions", described.renditions()));
	}

	/**
	 * Keeps the newest description of each item, by its revision (media-service's
	 * instances may not agree on the time): a redelivered or late one finds a newer
	 * document, misses the filter, and its upsert collides on {@code _id}. A document
	 * kept before descriptions had revisions is replaced by any.
	 */
	private void keep(String mediaId, long revision, Update description) {
		Criteria older = new Criteria().orOperator(Criteria.where("revision").lt(revision),
				Criteria.where("revision").exists(false));
		try {
			mongo.findAndModify(Query.query(Criteria.where("_id").is(mediaId).andOperator(older)),
					description.set("revision", revision), FindAndModifyOptions.options().upsert(true), MediaItem.class,
					COLLECTION);
		}
		catch (DuplicateKeyException newerKept) {
			// a newer description is stored
		}
	}

	/** A deleted item: articles that still name it show nothing for it. */
	public void forget(String mediaId) {
		mongo.remove(Query.query(Criteria.where("_id").is(mediaId)), COLLECTION);
	}

	/** The items known, by id, in the order asked. */
	public Map<String, MediaItem> find(Collection<String> ids) {
		Map<String, MediaItem> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		Map<String, MediaItem> byId = new LinkedHashMap<>();
		mongo.find(Query.query(Criteria.where("_id").in(ids)), MediaItem.class, COLLECTION)
			.forEach(item -> byId.put(item.id(), item));
		ids.stream().filter(byId::containsKey).forEach(id -> found.put(id, byId.get(id)));
		return found;
	}

	/**
	 * The ids of those not known (yet: an upload reaches this catalogue within seconds).
	 */
	public Set<String> unknown(Collection<String> ids) {
		Set<String> unknown = new HashSet<>(ids);
		unknown.removeAll(find(unknown).keySet());
		return unknown;
	}

}
