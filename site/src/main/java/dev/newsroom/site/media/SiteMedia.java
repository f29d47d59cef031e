package dev.newsroom.site.media;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.newsroom.contracts.media.MediaDeleted;
import dev.newsroom.contracts.media.MediaDescribed;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The photos and videos the pages show, from {@code media.v1}: the highest revision of
 * each item's description is kept.
 */
@Component
public class SiteMedia {

	private final MongoTemplate mongo;

	SiteMedia(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void described(MediaDescribed media) {
		try {
			mongo.findAndModify(
					Query.query(Criteria.where("_id").is(media.mediaId()).and("revision").lt(media.revision())),
					new Update().set("revision", media.revision())
						.set("type", media.type())
						.set("contentType", media.contentType())
						.set("width", media.width())
						.set("height", media.height())
						.set("caption", media.caption())
						.set("credit", media.credit())
						.set("alt", media.alt())
						.set("url", media.url())
						.set("embedUrl", media.embedUrl())
						.set("renditions", media.renditions())
						.set("posterId", media.posterId())
						.set("publishedAt", media.publishedAt())
						.set("duration", media.duration()),
					FindAndModifyOptions.options().upsert(true), MediaEntry.class);
		}
		catch (DuplicateKeyException newerKept) {
			// a newer description is stored
		}
	}

	/** A deleted item: pages that still name it show nothing for it. */
	public void deleted(MediaDeleted media) {
		forgotten(media.mediaId());
	}

	public void forgotten(String mediaId) {
		mongo.remove(Query.query(Criteria.where("_id").is(mediaId)), MediaEntry.class);
	}

	/** The items known among these, by id; one query however many. */
	public Map<String, MediaEntry> byIds(Collection<String> ids) {
		Map<String, MediaEntry> byId = new HashMap<>();
		if (!ids.isEmpty()) {
			mongo.find(Query.query(Criteria.where("_id").in(ids)), MediaEntry.class)
				.forEach(item -> byId.put(item.id(), item));
		}
		return byId;
	}

	/** The site's list of videos, the last put on it first. */
	public List<MediaEntry> videos(int skip, int limit) {
		Query query = Query.query(Criteria.where("publishedAt").ne(null).and("type").in("video", "embed"))
			.with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id")))
			.skip(skip)
			.limit(limit);
		return mongo.find(query, MediaEntry.class);
	}

}
