package dev.newsroom.article.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;
import dev.newsroom.events.ReplayCaughtUp;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The published articles as a Lucene index in this instance's memory, built from
 * {@code articles.v1} read from its beginning at each start (the topic keeps the latest
 * snapshot of every article) and kept current from it. Each instance has its own, so an
 * instance needs nothing from another; a search sees a change about half a second after
 * the event. It holds the words, with where each occurs, and the text snippets are cut
 * from: the articles a page lists are read from the database, which also drops one
 * unpublished a moment ago.
 */
@Component
public class SearchIndex implements MeterBinder, DisposableBean {

	public static final String SUBSCRIPTION = "search";

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private static final String ID = "id";

	private static final String PUBLISHED_AT = "publishedAt";

	/** Relevance, then the newest, then the id: a total order, as a cursor needs. */
	private static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
			new SortField(PUBLISHED_AT, SortField.Type.LONG, true), new SortField(ID, SortField.Type.STRING));

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final ControlledRealTimeReopenThread<IndexSearcher> reopener;

	/** The last revision seen of each article: a late, older snapshot changes nothing. */
	private final Map<String, Long> revisions = new ConcurrentHashMap<>();

	private final Snippets snippets = new Snippets();

	private volatile boolean caughtUp;

	private final Instant began = Instant.now();

	SearchIndex() {
		try {
			writer = new IndexWriter(directory,
					new IndexWriterConfig(VietnameseAnalyzers.perField(SearchQuery.TITLE, SearchQuery.TEXT)));
			searchers = new SearcherManager(writer, null);
		}
		catch (IOException inMemory) {
			throw new UncheckedIOException(inMemory);
		}
		reopener = new ControlledRealTimeReopenThread<>(writer, searchers, 0.5, 0.05);
		reopener.setName("search-index-reopen");
		reopener.setDaemon(true);
		reopener.start();
	}

	/** One page of what matches, best first, and where the next begins. */
	record Page(List<Hit> hits, SearchCursor next) {

		List<String> ids() {
			return hits.stream().map(Hit::id).toList();
		}

	}

	/** A match and {@code snippet}, the passage of its text that shows why. */
	record Hit(String id, String snippet) {
	}

	public void put(ArticlePublished article) {
		if (isStale(article.articleId(), article.revision())) {
			return;
		}
		var document = new Document();
		document.add(new StringField(ID, article.articleId(), Field.Store.NO));
		document.add(new SortedDocValuesField(ID, new BytesRef(article.articleId())));
		Instant publishedAt = Objects.requireNonNullElse(article.publishedAt(), article.occurredAt());
		document.add(new NumericDocValuesField(PUBLISHED_AT, publishedAt.toEpochMilli()));
		// a snapshot from an older producer may lack a field: no words, not a failure
		String title = Objects.toString(article.title(), "");
		String text = text(article.lead(), article.body());
		for (String field : List.of(SearchQuery.TITLE, SearchQuery.TITLE + VietnameseAnalyzers.EXACT)) {
			document.add(new TextField(field, title, Field.Store.NO));
		}
		document.add(new Field(SearchQuery.TEXT, text, Snippets.TEXT));
		document.add(new TextField(SearchQuery.TEXT + VietnameseAnalyzers.EXACT, text, Field.Store.NO));
		write(() -> writer.updateDocument(new Term(ID, article.articleId()), document));
	}

	public void remove(ArticleUnpublished article) {
		remove(article.articleId(), article.revision());
	}

	public void remove(ArticleDeleted article) {
		remove(article.articleId(), article.revision());
	}

	/** The article's records are being compacted away: it was deleted. */
	public void forget(String articleId) {
		revisions.remove(articleId);
		write(() -> writer.deleteDocuments(new Term(ID, articleId)));
	}

	/**
	 * Complete: once a searcher sees every article read so far, not up to half a second
	 * later.
	 */
	@EventListener
	void on(ReplayCaughtUp replay) {
		if (SUBSCRIPTION.equals(replay.subscription())) {
			// the replay leaves a dozen segments, and a search seeks every word in each:
			// merged into one, searches took about two thirds of the time (measured with
			// the search benchmark); later changes make small segments the writer merges
			write(() -> writer.forceMerge(1));
			write(searchers::maybeRefreshBlocking);
			caughtUp = true;
			log.info("Search index complete: {} published articles, {} MB, {} s after it began", documents(),
					bytes() / 1_000_000, Duration.between(began, Instant.now()).toSeconds());
		}
	}

	/**
	 * Whether it holds every article the topic held when this instance started; until
	 * then a search would miss some.
	 */
	boolean isComplete() {
		return caughtUp;
	}

	int documents() {
		return writer.getDocStats().numDocs;
	}

	int segments() {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return searcher.getIndexReader().leaves().size();
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException inMemory) {
			throw new UncheckedIOException(inMemory);
		}
	}

	/** The index's files, all in memory; a file merged away meanwhile counts nothing. */
	long bytes() {
		long bytes = 0;
		String[] files;
		try {
			files = directory.listAll();
		}
		catch (IOException inMemory) {
			throw new UncheckedIOException(inMemory);
		}
		for (String file : files) {
			try {
				bytes += directory.fileLength(file);
			}
			catch (IOException mergedAway) {
				// no longer part of the index
			}
		}
		return bytes;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("newsroom.search.documents", this, SearchIndex::documents)
			.description("Published articles in this instance's search index")
			.register(registry);
		Gauge.builder("newsroom.search.segments", this, SearchIndex::segments)
			.description("Segments of this instance's search index; a search reads each")
			.register(registry);
		Gauge.builder("newsroom.search.index.size", this, SearchIndex::bytes)
			.description("Memory the search index's files take")
			.baseUnit("bytes")
			.register(registry);
	}

	Page search(SearchQuery query, SearchCursor after, int size) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				// the score is the first sort value: no second pass to fill it in
				FieldDoc from = after == null ? null : after.toFieldDoc(searcher.getIndexReader().maxDoc());
				TopFieldDocs found = searcher.searchAfter(from, query.toQuery(), size + 1, ORDER, false);
				int shown = Math.min(size, found.scoreDocs.length);
				int[] docs = new int[shown];
				for (int i = 0; i < shown; i++) {
					docs[i] = found.scoreDocs[i].doc;
				}
				String[] snippets = this.snippets.of(searcher, query, docs);
				List<Hit> hits = new ArrayList<>();
				SearchCursor next = null;
				for (int i = 0; i < shown; i++) {
					SearchCursor at = SearchCursor.of((FieldDoc) found.scoreDocs[i]);
					hits.add(new Hit(at.id(), snippets[i]));
					if (i == size - 1 && found.scoreDocs.length > size) {
						next = at;
					}
				}
				return new Page(hits, next);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException inMemory) {
			throw new UncheckedIOException(inMemory);
		}
	}

	/**
	 * The searched text of an article: its lead and the words of its body, as a reader
	 * sees them. Snippets are cut from the same text, so what they mark is what matched.
	 */
	private static String text(String lead, String bodyHtml) {
		String body = bodyHtml == null ? "" : Jsoup.parseBodyFragment(bodyHtml).text();
		return lead == null || lead.isBlank() ? body : lead + "\n" + body;
	}

	private void remove(String articleId, long revision) {
		if (!isStale(articleId, revision)) {
			write(() -> writer.deleteDocuments(new Term(ID, articleId)));
		}
	}

	/** Events come one at a time, from the subscription's one consumer. */
	private boolean isStale(String articleId, long revision) {
		Long seen = revisions.get(articleId);
		if (seen != null && revision < seen) {
			return true;
		}
		revisions.put(articleId, revision);
		return false;
	}

	private void write(IndexWrite write) {
		try {
			write.run();
		}
		catch (IOException inMemory) {
			throw new UncheckedIOException(inMemory);
		}
	}

	@Override
	public void destroy() throws IOException {
		reopener.close();
		searchers.close();
		writer.close();
	}

	private interface IndexWrite {

		void run() throws IOException;

	}

}
