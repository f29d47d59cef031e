package dev.newsroom.site.galleries;

import java.time.Instant;
import java.util.List;

import dev.newsroom.contracts.media.GalleryPublished.Item;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A photo gallery as {@code galleries.v1} last showed it. */
@Document("galleries")
@CompoundIndex(name = "newest", def = "{'published': 1, 'publishedAt': -1, '_id': -1}")
public record GalleryEntry(@Id String id, long revision, boolean published, String title, List<Item> items,
		Instant publishedAt, Instant updatedAt) {

	public GalleryEntry {
		items = items == null ? List.of() : items;
	}

}
