package dev.newsroom.viewcounter.mostread;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.newsroom.contracts.views.MostReadChanged;
import dev.newsroom.contracts.views.MostReadChanged.Item;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The most-read lists as last made, one document each: a reader's request is one lookup
 * by id, however many articles have counts.
 */
@Component
class MostReadLists {

	private static final String COLLECTION = "most_read";

	private final MongoTemplate mongo;

	MostReadLists(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Optional<List<Item>> find(Window window, String section) {
		return Optional
			.ofNullable(mongo.findById(MostReadChanged.keyOf(window.key(), section), Document.class, COLLECTION))
			.map(MostReadLists::items);
	}

	/** Every list by its key. */
	Map<String, List<Item>> all() {
		Map<String, List<Item>> lists = new HashMap<>();
		mongo.findAll(Document.class, COLLECTION).forEach(list -> lists.put(list.getString("_id"), items(list)));
		return lists;
	}

	void save(String key, List<Item> items) {
		List<Document> stored = items.stream()
			.map(item -> new Document("articleId", item.articleId()).append("slug", item.slug())
				.append("title", item.title())
				.append("section", item.section())
				.append("views", item.views()))
			.toList();
		mongo.upsert(Query.query(Criteria.where("_id").is(key)), new Update().set("items", stored), COLLECTION);
	}

	private static List<Item> items(Document list) {
		return list.getList("items", Document.class)
			.stream()
			.map(item -> new Item(item.getString("articleId"), item.getString("slug"), item.getString("title"),
					item.getString("section"), item.get("views", Number.class).longValue()))
			.toList();
	}

}
