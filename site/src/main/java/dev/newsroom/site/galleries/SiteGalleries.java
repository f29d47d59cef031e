package dev.newsroom.site.galleries;

import java.util.List;
import java.util.Optional;

import dev.newsroom.contracts.media.GalleryPublished;
import dev.newsroom.contracts.media.GalleryUnpublished;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The site's photo galleries, from {@code galleries.v1}, the highest revision kept. */
@Component
public class SiteGalleries {

	private final MongoTemplate mongo;

	SiteGalleries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void published(GalleryPublished gallery) {
		keep(gallery.galleryId(), gallery.revision(),
				new Update().set("published", true)
					.set("title", gallery.title())
					.set("items", gallery.items())
					.set("publishedAt", gallery.publishedAt())
					.set("updatedAt", gallery.updatedAt()));
	}

	public void unpublished(GalleryUnpublished gallery) {
		keep(gallery.galleryId(), gallery.revision(), new Update().set("published", false));
	}

	public void forgotten(String galleryId) {
		mongo.remove(Query.query(Criteria.where("_id").is(galleryId)), GalleryEntry.class);
	}

	private void keep(String galleryId, long revision, Update update) {
		try {
			mongo.findAndModify(Query.query(Criteria.where("_id").is(galleryId).and("revision").lt(revision)),
					update.set("revision", revision), FindAndModifyOptions.options().upsert(true), GalleryEntry.class);
		}
		catch (DuplicateKeyException newerKept) {
			// a newer revision is stored
		}
	}

	public Optional<GalleryEntry> byId(String galleryId) {
		return Optional.ofNullable(mongo
			.findOne(Query.query(Criteria.where("_id").is(galleryId).and("published").is(true)), GalleryEntry.class));
	}

	/** Published galleries, the last published first. */
	public List<GalleryEntry> newest(int skip, int limit) {
		return mongo.find(Query.query(Criteria.where("published").is(true))
			.with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id")))
			.skip(skip)
			.limit(limit), GalleryEntry.class);
	}

}
