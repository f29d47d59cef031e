package dev.newsroom.benchmarks;

import java.net.InetSocketAddress;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.jsoup.Jsoup;

/**
 * The other way the search could have been built, measured on the same articles: the
 * folded words of each article kept on its document in an indexed array, and a search a
 * query for documents holding all the words, newest first. Here on the MongoDB-wire
 * server's memory backend, its fastest, which keeps no index but the id's, so each query
 * reads every document; the ranking and phrases a real search needs would come on top.
 */
final class FoldedTokensInMongo implements AutoCloseable {

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final MongoClient client;

	private final MongoCollection<Document> articles;

	FoldedTokensInMongo() {
		InetSocketAddress address = server.bind();
		client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
		articles = client.getDatabase("bench").getCollection("articles");
	}

	/** The same articles as the stack holds, each with its folded words. */
	void load(int count) {
		var news = new VietnameseNews(0);
		List<Document> batch = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			VietnameseNews.Article article = news.next("bsq" + i);
			String text = article.title() + " " + article.lead() + " "
					+ Jsoup.parseBodyFragment(article.bodyHtml()).text();
			batch.add(new Document("_id", "a" + i).append("status", "PUBLISHED")
				.append("publishedAt", (long) i)
				.append("words", new ArrayList<>(words(text))));
			if (batch.size() == 500) {
				articles.insertMany(batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			articles.insertMany(batch);
		}
		articles.createIndex(Indexes.ascending("words", "publishedAt"));
	}

	/** Milliseconds each query took, every query run {@code times} times. */
	long[] measure(List<String> queries, int times) {
		long[] latencies = new long[queries.size() * times];
		int n = 0;
		for (int round = 0; round < times; round++) {
			for (String query : queries) {
				long started = System.nanoTime();
				articles.find(Filters.and(Filters.eq("status", "PUBLISHED"), Filters.all("words", words(query))))
					.sort(Sorts.descending("publishedAt"))
					.limit(10)
					.into(new ArrayList<>());
				latencies[n++] = System.nanoTime() - started;
			}
		}
		Arrays.sort(latencies);
		return latencies;
	}

	private static Set<String> words(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
		Set<String> words = new LinkedHashSet<>(Arrays.asList(folded.split("[^a-z0-9]+")));
		words.remove("");
		return words;
	}

	@Override
	public void close() {
		client.close();
		server.shutdownNow();
	}

}
