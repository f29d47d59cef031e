package dev.newsroom.site.editorial;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The menu or the links block, kept whole: an editor replaces it at once. */
@Document("link_lists")
record LinkList(@Id String name, List<Link> items, Instant updatedAt, String updatedBy) {
}
