package dev.newsroom.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vietnamese search on a running stack over 10,000 articles of a provincial portal's kind
 * ({@link VietnameseNews}), against the same service's newest-first list in the same run:
 * the cheapest public read it has, one indexed query. Requests go to article-service
 * itself, not through the gateway, whose cache would answer the repeated queries. Seeds
 * the articles the first time through the service's admin API, with a publisher's token
 * from the gateway, as an import would, past the gateway's limit on editors' writes (each
 * has a word of its own, so a later run finds them and adds only what is missing).
 *
 * The stack's MongoDB-wire servers should keep their documents in memory: the file store
 * scans and decodes every article for most queries, and writing 10,000 articles on it
 * slows to a crawl (see {@code NEWSROOM_MONGO_STORE}).
 *
 * <pre>
 * NEWSROOM_MONGO_STORE=memory ./newsroom up --detach
 * ./newsroom bench search [articles] [gateway-url] [article-service-url]
 * </pre>
 */
public final class SearchBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration RUN = Duration.ofSeconds(15);

	/** What readers type: without marks, with them, old tone placement, phrases. */
	private static final List<String> QUERIES = List.of("chien thang dien bien phu", "Điện Biên Phủ", "hoa", "hòa bình",
			"hoà bình", "\"giá vàng\"", "thuý", "khoẻ", "nông thôn mới", "quang tri", "phòng chống dịch bệnh",
			"\"van phong tinh uy\" truyen thong", "hoc sinh gioi quoc gia", "lũ quét sạt lở");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String gateway;

	private final String service;

	private SearchBenchmark(String gateway, String service) {
		this.gateway = gateway;
		this.service = service;
	}

	public static void main(String[] args) throws Exception {
		int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		var benchmark = new SearchBenchmark(args.length > 1 ? args[1] : "http://localhost:8080",
				args.length > 2 ? args[2] : "http://localhost:8081");
		benchmark.run(articles);
		System.exit(0);
	}

	void run(int articles) throws Exception {
		// an instance builds its index at start, and answers 503 until it has
		while (status("/api/articles/search?q=tin") == 503) {
			Thread.sleep(200);
		}
		int present = present(articles);
		if (present < articles) {
			seed(present, articles);
		}
		System.out.print("Waiting for the search index to hold every article ...");
		long waited = System.nanoTime();
		while (!found(marker(articles - 1)) || !found(marker(0))) {
			Thread.sleep(200);
		}
		System.out.printf(" %.1f s%n", (System.nanoTime() - waited) / 1e9);

		String secondPage = "/api/articles/search?size=10&q=hoa&cursor="
				+ get("/api/articles/search?size=10&q=hoa").get("nextCursor").asString();
		List<String> searches = new ArrayList<>();
		QUERIES.forEach(query -> searches.add("/api/articles/search?size=10&q=" + encode(query)));
		searches.add(secondPage);
		List<String> lists = List.of("/api/articles?size=10", "/api/articles?size=10&section=" + encode("Kinh tế"));

		System.out.println("Warming up for 20 s ...");
		measure(searches, 4, Duration.ofSeconds(10));
		measure(lists, 4, Duration.ofSeconds(10));

		System.out.printf("%nSearch over %,d articles at %s, %d cores, %s per run%n", articles, service,
				Runtime.getRuntime().availableProcessors(), RUN);
		System.out.printf("%-44s %6s %9s %9s %9s %9s%n", "", "conns", "req/s", "p50 ms", "p99 ms", "max ms");
		for (int connections : new int[] { 1, 8 }) {
			Figures list = measure(lists, connections, RUN);
			Figures search = measure(searches, connections, RUN);
			list.print("newest-first list, size 10 (baseline)", connections);
			search.print("search, " + searches.size() + " queries in turn, size 10", connections);
			System.out.printf("%-44s %6s %9.2f %9.2f %9.2f%n", "  search / list", "", search.rate() / list.rate(),
					search.percentile(50) / list.percentile(50), search.percentile(99) / list.percentile(99));
		}

		System.out.printf("%nEach query alone, 1 connection:%n");
		for (String path : searches) {
			Figures alone = measure(List.of(path), 1, Duration.ofSeconds(3));
			System.out.printf("  %-60s p50 %6.2f ms  p99 %6.2f ms  %s results on page 1%n",
					path.replace("/api/articles/search?size=10&", ""), alone.percentile(50), alone.percentile(99),
					get(path).get("items").size());
		}
		System.out.printf("%nThe alternative, in this JVM without HTTP: the folded words of the same %,d articles in an"
				+ " indexed array of each document, all words required, newest first (no ranking, no phrases)%n",
				articles);
		try (var alternative = new FoldedTokensInMongo()) {
			alternative.load(articles);
			alternative.measure(QUERIES, 3);
			long[] latencies = alternative.measure(QUERIES, 10);
			var figures = new Figures(latencies, Duration.ZERO);
			System.out.printf("  MongoDB-wire server, memory backend: p50 %.2f ms, p99 %.2f ms over %d queries%n",
					figures.percentile(50), figures.percentile(99), latencies.length);
		}

		Map<String, String> metrics = metrics();
		System.out.printf("%nIndex: %s documents, %.1f MB in memory; heap used %.0f MB%n",
				metrics.get("newsroom_search_documents"),
				Double.parseDouble(metrics.getOrDefault("newsroom_search_index_size_bytes", "0")) / 1e6,
				Double.parseDouble(metrics.getOrDefault("heap", "0")) / 1e6);
	}

	/** How many of the articles exist: the first whose word search does not find. */
	private int present(int articles) {
		int low = 0;
		int high = articles;
		while (low < high) {
			int middle = (low + high) / 2;
			if (found(marker(middle))) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private void seed(int from, int to) throws Exception {
		String token = token();
		System.out.printf("Publishing articles %,d to %,d at %s ...%n", from, to, service);
		long started = System.nanoTime();
		var news = new VietnameseNews(from);
		List<VietnameseNews.Article> batch = new ArrayList<>();
		for (int i = from; i < to; i++) {
			batch.add(news.next(marker(i)));
		}
		AtomicInteger done = new AtomicInteger();
		ExecutorService writers = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> writes = new ArrayList<>();
			for (VietnameseNews.Article article : batch) {
				writes.add(writers.submit(() -> {
					publish(article, token);
					if (done.incrementAndGet() % 1000 == 0) {
						System.out.printf("  %,d%n", done.get());
					}
					return null;
				}));
			}
			for (Future<?> write : writes) {
				write.get();
			}
		}
		finally {
			writers.shutdownNow();
		}
		System.out.printf("Published %,d in %.0f s%n", to - from, (System.nanoTime() - started) / 1e9);
	}

	private void publish(VietnameseNews.Article article, String token) throws IOException, InterruptedException {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", article.title());
		fields.put("lead", article.lead());
		fields.put("body", article.bodyHtml());
		fields.put("section", article.section());
		fields.put("byline", article.byline());
		HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(service + "/api/admin/articles"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(fields)))
			.build());
		String id = JSON.readTree(created.body()).get("id").asString();
		send(HttpRequest.newBuilder(URI.create(service + "/api/admin/articles/" + id + "/publish"))
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
	}

	private String token() throws IOException, InterruptedException {
		return Newsroom.publisherToken(http, gateway);
	}

	/**
	 * A word of article {@code i}'s own, in letters: one token, whatever the tokenizer.
	 */
	private static String marker(int i) {
		var word = new StringBuilder("bsq");
		int n = i;
		do {
			word.append((char) ('a' + n % 26));
			n /= 26;
		}
		while (n > 0);
		return word.toString();
	}

	private boolean found(String word) {
		try {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create(service + "/api/articles/search?size=1&q=" + word)).build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && !JSON.readTree(response.body()).get("items").isEmpty();
		}
		catch (IOException notYet) {
			return false;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	private int status(String path) throws IOException, InterruptedException {
		return http
			.send(HttpRequest.newBuilder(URI.create(service + path)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private JsonNode get(String path) throws IOException, InterruptedException {
		return JSON.readTree(send(HttpRequest.newBuilder(URI.create(service + path)).build()).body());
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return Newsroom.send(http, request);
	}

	/**
	 * {@code connections} clients, each sending the paths in turn and waiting for each
	 * answer, for {@code duration}; every answer but a 200 fails the run.
	 */
	private Figures measure(List<String> paths, int connections, Duration duration) throws Exception {
		long end = System.nanoTime() + duration.toNanos();
		List<Future<long[]>> clients = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(connections);
		try {
			for (int c = 0; c < connections; c++) {
				int first = c;
				clients.add(pool.submit(() -> {
					long[] latencies = new long[1024];
					int count = 0;
					for (int i = first; System.nanoTime() < end; i++) {
						var request = HttpRequest.newBuilder(URI.create(service + paths.get(i % paths.size()))).build();
						long started = System.nanoTime();
						HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
						long took = System.nanoTime() - started;
						if (response.statusCode() != 200) {
							throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
						}
						if (count == latencies.length) {
							latencies = Arrays.copyOf(latencies, count * 2);
						}
						latencies[count++] = took;
					}
					return Arrays.copyOf(latencies, count);
				}));
			}
			List<long[]> all = new ArrayList<>();
			for (Future<long[]> client : clients) {
				all.add(client.get());
			}
			long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
			return new Figures(latencies, duration);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Map<String, String> metrics() throws IOException, InterruptedException {
		Map<String, String> metrics = new LinkedHashMap<>();
		double heap = 0;
		for (String line : send(HttpRequest.newBuilder(URI.create(service + "/actuator/prometheus")).build()).body()
			.split("\n")) {
			if (line.startsWith("newsroom_search_")) {
				metrics.put(line.substring(0, line.indexOf(' ')).replaceAll("\\{.*}", ""),
						line.substring(line.lastIndexOf(' ') + 1));
			}
			if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
				heap += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		metrics.put("heap", String.valueOf(heap));
		return metrics;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private record Figures(long[] latencies, Duration duration) {

		double rate() {
			return latencies.length / (duration.toNanos() / 1e9);
		}

		double percentile(double p) {
			int index = (int) Math.ceil(p / 100 * latencies.length) - 1;
			return latencies[Math.max(0, Math.min(latencies.length - 1, index))] / 1e6;
		}

		void print(String what, int connections) {
			System.out.printf("%-44s %6d %9.0f %9.2f %9.2f %9.2f%n", what, connections, rate(), percentile(50),
					percentile(99), latencies[latencies.length - 1] / 1e6);
		}

	}

}
