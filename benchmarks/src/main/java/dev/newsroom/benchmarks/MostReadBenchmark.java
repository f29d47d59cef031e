package dev.newsroom.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * The most-read lists of a running stack's view counter with 100,000 articles that have
 * counts, against the same service's cheapest read (one article's count, one lookup by
 * id) in the same run, at 1, 4 and 16 connections. Requests go to the view counter
 * itself, not through the gateway, whose cache would answer them.
 *
 * The articles and their counts are written straight into the view counter's database the
 * first time (as a restore would put them there), in a section of their own; the lists
 * are made by the service, on its own schedule.
 *
 * <pre>
 * NEWSROOM_MONGO_STORE=memory ./newsroom up --detach
 * ./newsroom bench most-read [articles]
 * </pre>
 */
public final class MostReadBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SECTION = "Bảng đo";

	private static final List<String> SECTIONS = List.of(SECTION, SECTION + " 2", SECTION + " 3", SECTION + " 4");

	private static final Duration RUN = Duration.ofSeconds(10);

	private static final int[] CONNECTIONS = { 1, 4, 16 };

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String viewCounter = "http://localhost:8083";

	private final String mongo = "mongodb://localhost:27019";

	public static void main(String[] args) throws Exception {
		int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		new MostReadBenchmark().run(articles);
		System.exit(0);
	}

	void run(int articles) throws Exception {
		seed(articles);
		System.out.println("Waiting for the view counter to make the lists ...");
		long waited = System.nanoTime();
		while (!listed()) {
			Thread.sleep(500);
		}
		System.out.printf("Lists made within %.0f s%n", (System.nanoTime() - waited) / 1e9);

		List<String> lists = new ArrayList<>();
		for (String window : List.of("day", "week", "month", "all")) {
			lists.add("/api/views/most-read?limit=10&window=" + window);
			for (String section : SECTIONS) {
				lists.add("/api/views/most-read?limit=10&window=" + window + "&section="
						+ URLEncoder.encode(section, StandardCharsets.UTF_8));
			}
		}
		List<String> counts = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			counts.add("/api/views/" + id(i * (articles / 100)));
		}
		measure(lists, 16, Duration.ofSeconds(5));
		measure(counts, 16, Duration.ofSeconds(5));

		System.out.printf("%n%,d articles with counts, %d s each%n", articles, RUN.toSeconds());
		System.out.printf("%-44s %6s %10s %8s %8s %8s%n", "", "conns", "req/s", "p50 ms", "p99 ms", "ratio");
		// on two cores shared with this client, a closed loop of 16 connections measures
		// the queue as much as the read: the fewer connections show the read itself
		for (int connections : CONNECTIONS) {
			long[] baseline = measure(counts, connections, RUN);
			long[] mostRead = measure(lists, connections, RUN);
			row("one article's count (baseline)", connections, baseline, baseline);
			row("most-read list, 20 windows and sections", connections, mostRead, baseline);
		}
		wrkRows(lists, counts);
	}

	/** The same reads with wrk, whose own cost leaves the cores to the service. */
	private void wrkRows(List<String> lists, List<String> counts) throws Exception {
		System.out.printf("%nThe same with wrk%n");
		for (int connections : CONNECTIONS) {
			Optional<Wrk.Figures> baseline = Wrk.run(viewCounter, counts, connections, RUN);
			if (baseline.isEmpty()) {
				System.out.println("(no wrk on the PATH: apt-get install wrk)");
				return;
			}
			Wrk.Figures mostRead = Wrk.run(viewCounter, lists, connections, RUN).orElseThrow();
			row("one article's count (baseline)", connections, baseline.get(), baseline.get());
			row("most-read list, 20 windows and sections", connections, mostRead, baseline.get());
		}
	}

	private static void row(String what, int connections, long[] latencies, long[] baseline) {
		row(what, connections, latencies.length / (double) RUN.toSeconds(), Load.percentile(latencies, 50),
				Load.percentile(latencies, 99), latencies.length / (double) baseline.length);
	}

	private static void row(String what, int connections, Wrk.Figures figures, Wrk.Figures baseline) {
		if (figures.failed() > 0) {
			throw new IllegalStateException(what + ": " + figures.failed() + " requests failed");
		}
		row(what, connections, figures.rate(), figures.p50Millis(), figures.p99Millis(),
				figures.rate() / baseline.rate());
	}

	private static void row(String what, int connections, double rate, double p50, double p99, double ratio) {
		System.out.printf("%-44s %6d %,10.0f %8.2f %8.2f %8.2f%n", what, connections, rate, p50, p99, ratio);
	}

	private static String id(int i) {
		return "bench-most-read-" + i;
	}

	/**
	 * The articles as the catalogue keeps them and their counters, with views spread over
	 * the last month; only what is missing is written.
	 */
	private void seed(int articles) {
		try (var client = MongoClients.create(mongo)) {
			var database = client.getDatabase("views");
			var catalogue = database.getCollection("articles");
			var counters = database.getCollection("view_counters");
			long present = counters.countDocuments(Filters.regex("_id", "^bench-most-read-"));
			if (present >= articles) {
				return;
			}
			System.out.printf("Writing %,d articles with counts ...%n", articles - present);
			LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
			List<Document> entries = new ArrayList<>();
			List<Document> totals = new ArrayList<>();
			for (int i = (int) present; i < articles; i++) {
				String id = id(i);
				entries.add(new Document("_id", id).append("published", true)
					.append("slug", "bai-do-" + i)
					.append("title", "Bài đo số " + i)
					.append("section", SECTIONS.get(i % SECTIONS.size()))
					.append("revision", 1L));
				Document days = new Document();
				long total = 0;
				for (int day = 0; day < 30; day += 1 + i % 7) {
					long views = 1 + (i * 31L + day * 17L) % 500;
					days.append(today.minusDays(day).toString(), views);
					total += views;
				}
				totals.add(new Document("_id", id).append("total", total)
					.append("bots", 0L)
					.append("offsets", new Document())
					.append("days", days)
					.append("version", 1L));
				if (entries.size() == 5_000) {
					catalogue.insertMany(entries);
					counters.insertMany(totals);
					entries.clear();
					totals.clear();
				}
			}
			if (!entries.isEmpty()) {
				catalogue.insertMany(entries);
				counters.insertMany(totals);
			}
		}
	}

	private boolean listed() throws Exception {
		HttpResponse<String> list = http.send(
				HttpRequest.newBuilder(URI.create(viewCounter + "/api/views/most-read?window=all&section="
						+ URLEncoder.encode(SECTION, StandardCharsets.UTF_8)))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		return list.statusCode() == 200 && !JSON.readTree(list.body()).get("items").isEmpty();
	}

	private long[] measure(List<String> paths, int connections, Duration duration) throws Exception {
		List<HttpRequest> requests = paths.stream()
			.map(path -> HttpRequest.newBuilder(URI.create(viewCounter + path)).build())
			.toList();
		return Load.run(http, requests, connections, duration);
	}

}
