package dev.newsroom.viewcounter.counting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The articles' counters, read and written a batch at a time. */
@Component
public class ViewCounters {

	private static final String COLLECTION = "view_counters";

	/**
	 * Documents per answer when all are read: a server that does not cap an answer's size
	 * by itself would otherwise send every one at once.
	 */
	private static final int STREAMED_BATCH = 500;

	private final MongoTemplate mongo;

	private final VersionedDocuments documents;

	ViewCounters(MongoTemplate mongo) {
		this.mongo = mongo;
		this.documents = new VersionedDocuments(mongo, COLLECTION);
	}

	/** The counter of each article, a new one for an article without views. */
	Map<String, Versioned<Counter>> load(Collection<String> articleIds) {
		Map<String, Versioned<Document>> stored = documents.load(articleIds);
		Map<String, Versioned<Counter>> counters = new HashMap<>();
		for (String articleId : articleIds) {
			Versioned<Document> document = stored.get(articleId);
			counters.put(articleId, document == null ? Versioned.unstored(Counter.none(articleId))
					: new Versioned<>(counter(document.value()), document.version()));
		}
		return counters;
	}

	Optional<Counter> find(String articleId) {
		return Optional.ofNullable(documents.load(List.of(articleId)).get(articleId))
			.map(document -> counter(document.value()));
	}

	/** Every article's counter, one at a time. */
	public void forEach(Consumer<Counter> action) {
		try (Stream<Document> all = mongo.stream(new Query().cursorBatchSize(STREAMED_BATCH), Document.class,
				COLLECTION)) {
			all.map(ViewCounters::counter).forEach(action);
		}
	}

	/**
	 * @throws VersionedDocuments.ConcurrentUpdate if another consumer changed any of them
	 * since they were loaded (a zombie counting the same records, say)
	 */
	void save(Collection<Versioned<Counter>> counters) {
		documents.save(counters.stream().map(counter -> counter.with(document(counter.value()))).toList());
	}

	private static Counter counter(Document document) {
		Map<Integer, Long> offsets = new HashMap<>();
		Document storedOffsets = document.get("offsets", Document.class);
		if (storedOffsets != null) {
			storedOffsets
				.forEach((partition, offset) -> offsets.put(Integer.valueOf(partition), ((Number) offset).longValue()));
		}
		NavigableMap<LocalDate, Long> days = new TreeMap<>();
		Document storedDays = document.get("days", Document.class);
		if (storedDays != null) {
			storedDays.forEach((day, views) -> days.put(day(day), ((Number) views).longValue()));
		}
		return new Counter(document.getString("_id"), longOf(document, "total"), longOf(document, "bots"), offsets,
				days);
	}

	private static Document document(Counter counter) {
		Document offsets = new Document();
		counter.offsets().forEach((partition, offset) -> offsets.put(String.valueOf(partition), offset));
		Document days = new Document();
		counter.days().forEach((day, views) -> days.put(day.toString(), views));
		return new Document("_id", counter.articleId()).append("total", counter.total())
			.append("bots", counter.bots())
			.append("offsets", offsets)
			.append("days", days);
	}

	/**
	 * A day as stored, {@code 2020-10-16}. Read without a formatter: a refresh of the
	 * most-read lists reads the days of every counter, and {@link LocalDate#parse} took a
	 * sixth of its time.
	 */
	static LocalDate day(String stored) {
		if (!isIsoDay(stored)) {
			return LocalDate.parse(stored);
		}
		return LocalDate.of(digits(stored, 0, 4), digits(stored, 5, 7), digits(stored, 8, 10));
	}

	/** Four, two and two ASCII digits with a hyphen between: anything else is parsed. */
	private static boolean isIsoDay(String text) {
		if (text.length() != 10) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean expected = (i == 4 || i == 7) ? c == '-' : c >= '0' && c <= '9';
			if (!expected) {
				return false;
			}
		}
		return true;
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			value = value * 10 + (text.charAt(i) - '0');
		}
		return value;
	}

	private static long longOf(Document document, String field) {
		Number value = document.get(field, Number.class);
		return value == null ? 0 : value.longValue();
	}

}
