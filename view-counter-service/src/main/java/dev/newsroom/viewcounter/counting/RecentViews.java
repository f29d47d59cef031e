package dev.newsroom.viewcounter.counting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The views of each article that counted lately, per visitor and per client address: what
 * the counting rules decide by.
 */
@Component
class RecentViews {

	private static final String COLLECTION = "recent_views";

	private final MongoTemplate mongo;

	private final VersionedDocuments documents;

	private final Clock clock;

	RecentViews(MongoTemplate mongo, CountingRules rules, Clock clock) {
		this.mongo = mongo;
		this.documents = new VersionedDocuments(mongo, COLLECTION);
		this.clock = clock;
		expireAfter(rules.kept().plus(Duration.ofHours(1)));
	}

	static String ofVisitor(String articleId, String visitorHash) {
		return articleId + "|" + visitorHash;
	}

	static String ofClient(String articleId, String clientHash) {
		return articleId + "|client|" + clientHash;
	}

	static String ofAddress(String articleId, String addressHash) {
		return articleId + "|address|" + addressHash;
	}

	/** The history under each key, an empty one where none is stored. */
	Map<String, Versioned<ViewHistory>> load(Collection<String> keys) {
		Map<String, Versioned<Document>> stored = documents.load(keys);
		Map<String, Versioned<ViewHistory>> histories = new HashMap<>();
		for (String key : keys) {
			Versioned<Document> document = stored.get(key);
			histories.put(key,
					document == null ? Versioned.unstored(ViewHistory.NONE) : document.with(history(document.value())));
		}
		return histories;
	}

	/**
	 * @throws VersionedDocuments.ConcurrentUpdate if another consumer changed any of them
	 * since they were loaded
	 */
	void save(Map<String, Versioned<ViewHistory>> histories) {
		Date storedAt = Date.from(clock.instant());
		List<Versioned<Document>> changed = new ArrayList<>();
		histories.forEach((key, history) -> changed.add(history.with(document(key, history.value(), storedAt))));
		documents.save(changed);
	}

	/**
	 * An entry is of no use once the rules no longer look at it: MongoDB drops it that
	 * long (and an hour) after it was stored. Not after the view's own time, or a backlog
	 * of old views would find every entry expired at once and count repeats again.
	 */
	private void expireAfter(Duration kept) {
		ExpiringIndex.ensure(mongo, COLLECTION, "storedAt", kept);
		// entries stored before they had a time of their own would never expire: they
		// expire from now
		mongo.updateMulti(Query.query(Criteria.where("storedAt").exists(false)),
				new Update().set("storedAt", clock.instant()), COLLECTION);
	}

	private static ViewHistory history(Document document) {
		List<Document> counted = document.getList("counted", Document.class);
		if (counted == null) {
			// stored before histories: the visitor's last counted view alone
			return new ViewHistory(List.of(new CountedView(numberOf(document, "partition").intValue(),
					numberOf(document, "offset").longValue(), instantOf(document, "countedAt"))));
		}
		return new ViewHistory(counted.stream()
			.map(view -> new CountedView(view.getInteger("p"), view.get("o", Number.class).longValue(),
					instantOf(view, "at")))
			.toList());
	}

	private static Document document(String key, ViewHistory history, Date storedAt) {
		List<Document> counted = history.views()
			.stream()
			.map(view -> new Document("p", view.partition()).append("o", view.offset())
				.append("at", Date.from(view.at())))
			.toList();
		return new Document("_id", key).append("counted", counted).append("storedAt", storedAt);
	}

	/** -1 where an entry from before offsets were kept has none: before any record. */
	private static Number numberOf(Document document, String field) {
		Number value = document.get(field, Number.class);
		return value == null ? -1 : value;
	}

	private static Instant instantOf(Document document, String field) {
		return document.getDate(field).toInstant();
	}

}
