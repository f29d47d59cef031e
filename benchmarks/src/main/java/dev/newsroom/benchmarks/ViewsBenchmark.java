package dev.newsroom.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import dev.newsroom.events.CloudEvents;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Page views on a running stack, printed as one table: the views readers send through the
 * gateway against the gateway's uncached article read in the same run (both one proxied
 * request and one store operation), each for ten seconds with wrk, a client that leaves
 * the shared cores to the servers, after five seconds unmeasured; the aggregator draining
 * a backlog of views against Kafka's own producer writing it on the same broker; then
 * views sent one by one with the JDK's client, each followed from its 202 to its total;
 * and, at the end, the totals of those against what was accepted: lost and doubled.
 *
 * Every view comes from a reader of its own (a User-Agent of its own, no visitor id yet),
 * all from this machine's address: at most 20 views of an article from one address count
 * in the repeat window, so the views followed are spread over enough new articles to stay
 * within it. Those wrk sends go to articles of their own, which the totals are not
 * checked for: most of their views are over that limit. The gateway lets one address send
 * 50 views a second; start the stack with that limit raised for the run, and on the
 * memory store: on the file store the view counter's database sets the pace (its unique
 * indexes compare keys by serializing them), and the aggregator counted a few hundred
 * views a second. Start it afresh every few runs: each counted view keeps an entry in the
 * counter's database for seven and a half hours (the repeat window, six hours for a
 * replay to find it, and an hour), and once a few million are held, the memory store's
 * own collector takes most of the time of a run.
 *
 * <pre>
 * NEWSROOM_MONGO_STORE=memory NEWSROOM_VIEWS_RATELIMIT_REQUESTS=1000000 ./newsroom up --detach
 * ./newsroom bench views [views] [connections] [backlog]
 * </pre>
 */
public final class ViewsBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String VIEWS_TOPIC = "views.v1";

	private static final String VIEW_COUNTS_TOPIC = "view-counts.v1";

	private static final String AGGREGATOR = "view-counter-service.aggregator";

	/** Views of one article from one address that count in the repeat window. */
	private static final int PER_ADDRESS = 20;

	/**
	 * Articles of their own for the views wrk sends: enough to spread the views over the
	 * topic's partitions, as readers of many articles would.
	 */
	private static final int RATE_ARTICLES = 20;

	private static final Duration RATES = Duration.ofSeconds(10);

	/**
	 * Unmeasured load before each rate, the same for both: the JIT compiles a path only
	 * once it is hot, and on a fresh stack neither is yet.
	 */
	private static final Duration WARM_UP = Duration.ofSeconds(5);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final CloudEvents codec = new CloudEvents(JSON, "benchmark");

	private final String gateway = "http://localhost:8080";

	private final String articleService = "http://localhost:8081";

	private final String viewCounter = "http://localhost:8083";

	private final String kafka = "localhost:9092";

	public static void main(String[] args) throws Exception {
		int views = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
		// Larger than what the aggregator counts while the producer writes it, and long
		// enough to time: a backlog of 100,000 left 35,000-80,000 views, counted in one
		// or
		// two seconds, and the ratio to the producer ranged from 0.38 to 0.75 on one
		// stack;
		// 300,000 left 190,000-260,000, and the producer, given more to write, went
		// faster.
		int backlog = args.length > 2 ? Integer.parseInt(args[2]) : 300_000;
		new ViewsBenchmark().run(views, connections, backlog);
		System.exit(0);
	}

	void run(int views, int connections, int backlog) throws Exception {
		List<Article> articles = publish((views + PER_ADDRESS - 1) / PER_ADDRESS);
		Map<String, Long> expected = new ConcurrentHashMap<>();
		articles.forEach(article -> expected.put(article.id(), 0L));
		awaitCatalogued(articles);
		System.out.printf("Views: %,d through the gateway over %,d new articles, %d connections; "
				+ "%,d straight onto views.v1%n", views, articles.size(), connections, backlog);

		double producer = producerRate(backlog);
		Drain drain = aggregatorDrain(articles, backlog, expected);
		Optional<Rates> rates = rates(publish(RATE_ARTICLES), connections);
		Ingest ingest = ingest(articles, views, connections, expected);
		Duration tail = caughtUp(ingest.stoppedAt());
		awaitTotals(expected);
		long[] lags = lags(ingest, articles.subList(0, Math.min(20, articles.size())));

		long lost = 0;
		long doubled = 0;
		for (Article article : articles) {
			long total = total(article.id());
			lost += Math.max(0, expected.get(article.id()) - total);
			doubled += Math.max(0, total - expected.get(article.id()));
		}

		System.out.printf("%n%-58s %14s %10s%n", "", "per second", "ratio");
		row("Kafka producer on the same broker (baseline)", producer, producer);
		row(drain.backlog() == 0 ? "aggregator, counting as the producer wrote " + backlog + " views"
				: "aggregator counting a backlog of " + drain.backlog() + " views (vs producer)", drain.rate(),
				producer);
		if (rates.isPresent()) {
			Wrk.Figures reads = rates.get().reads();
			Wrk.Figures accepted = rates.get().views();
			row("gateway, article read with the cache bypassed (baseline)", reads.rate(), reads.rate());
			row("gateway, views accepted (vs uncached read)", accepted.rate(), reads.rate());
			System.out.printf("%n%-58s %14s%n", "uncached read p50 / p99",
					"%.1f / %.1f ms".formatted(reads.p50Millis(), reads.p99Millis()));
			System.out.printf("%-58s %14s%n", "view p50 / p99 (202)",
					"%.1f / %.1f ms".formatted(accepted.p50Millis(), accepted.p99Millis()));
			System.out.printf("%-58s %14s%n", "reads / views failed", reads.failed() + " / " + accepted.failed());
		}
		else {
			System.out.println("(no wrk on the PATH, so no rates of the gateway: apt-get install wrk)");
		}
		System.out.printf("%n%-58s %,14.0f%n", "views one by one (JDK client) a second", ingest.rate());
		System.out.printf("%-58s %14s%n", "their p50 / p99 (202)", "%.1f / %.1f ms"
			.formatted(Load.percentile(ingest.latencies(), 50), Load.percentile(ingest.latencies(), 99)));
		System.out.printf("%-58s %14s%n", "202 -> total, p50 / p99 (" + lags.length + " views sampled)",
				"%.0f / %.0f ms".formatted(Load.percentile(lags, 50), Load.percentile(lags, 99)));
		System.out.printf("%-58s %14s%n", "aggregator committed past every view, after the load stopped",
				"%.1f s".formatted(tail.toMillis() / 1000.0));
		System.out.printf("%-58s %14s%n", "views refused", ingest.refused());
		System.out.printf("%-58s %14s%n", "lost / doubled", lost + " / " + doubled);
	}

	private static void row(String what, double rate, double baseline) {
		System.out.printf("%-58s %,14.0f %10.2f%n", what, rate, rate / baseline);
	}

	private record Article(String id, String slug) {
	}

	/** New articles, published through article-service as an import would. */
	private List<Article> publish(int count) throws Exception {
		String token = Newsroom.publisherToken(http, gateway);
		String run = UUID.randomUUID().toString().substring(0, 8);
		ExecutorService writers = Executors.newFixedThreadPool(8);
		try {
			List<Future<Article>> written = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String title = "Lượt xem %s số %d".formatted(run, i);
				written.add(writers.submit(() -> publish(title, token)));
			}
			List<Article> articles = new ArrayList<>();
			for (Future<Article> article : written) {
				articles.add(article.get());
			}
			return articles;
		}
		finally {
			writers.shutdownNow();
		}
	}

	private Article publish(String title, String token) throws IOException, InterruptedException {
		String body = JSON.writeValueAsString(
				Map.of("title", title, "lead", "Sapo", "body", "<p>Thân bài</p>", "section", "Thời sự"));
		HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(articleService + "/api/admin/articles"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		var article = JSON.readTree(created.body());
		send(HttpRequest
			.newBuilder(URI.create(articleService + "/api/admin/articles/" + article.get("id").asString() + "/publish"))
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		return new Article(article.get("id").asString(), article.get("slug").asString());
	}

	/** Until the view counter knows every article, so that no view waits to be held. */
	private void awaitCatalogued(List<Article> articles) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		for (Article article : articles) {
			while (status(viewCounter + "/api/views/" + article.id()) != 200) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The view counter does not know " + article.id());
				}
				Thread.sleep(100);
			}
		}
	}

	/**
	 * Kafka's own producer writing views to a topic of its own, as durably as the beacon
	 * (every replica, idempotent), with a linger of 5 ms: written as fast as it goes, its
	 * batches fill before that anyway.
	 */
	private double producerRate(int views) throws Exception {
		String topic = "bench-views-" + UUID.randomUUID();
		try (var admin = Admin.create(Map.of("bootstrap.servers", kafka))) {
			admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
		}
		try (var producer = producer()) {
			long started = System.nanoTime();
			List<Future<?>> sends = new ArrayList<>(views);
			for (int i = 0; i < views; i++) {
				String articleId = UUID.randomUUID().toString();
				sends.add(producer.send(codec.record(topic, articleId, "dev.newsroom.views.page-viewed.v1",
						UUID.randomUUID().toString(), Instant.now(), view(articleId, "producer-" + i))));
			}
			for (Future<?> send : sends) {
				send.get();
			}
			return views / seconds(started);
		}
		finally {
			try (var admin = Admin.create(Map.of("bootstrap.servers", kafka))) {
				admin.deleteTopics(List.of(topic)).all().get();
			}
		}
	}

	/**
	 * @param backlog the views left to count when the clock started
	 * @param rate views counted a second while a backlog was left
	 */
	private record Drain(long backlog, double rate) {
	}

	/**
	 * Writes a backlog of views of the articles straight onto {@code views.v1}, as fast
	 * as the producer goes, then times the aggregator alone on what is left of it: from
	 * the moment each partition that had views left has committed once since the last
	 * write (its batches in progress then began while the producer was still writing) to
	 * the commit past the last view. Timing it from the first write would time the
	 * producer too, which shares the cores while it writes.
	 */
	private Drain aggregatorDrain(List<Article> articles, int views, Map<String, Long> expected) throws Exception {
		try (var producer = producer(); var admin = Admin.create(Map.of("bootstrap.servers", kafka))) {
			long started = System.nanoTime();
			List<Future<?>> sends = new ArrayList<>(views);
			for (int i = 0; i < views; i++) {
				String articleId = articles.get(i % articles.size()).id();
				expected.merge(articleId, 1L, Long::sum);
				sends.add(producer.send(codec.record(VIEWS_TOPIC, articleId, "dev.newsroom.views.page-viewed.v1",
						UUID.randomUUID().toString(), Instant.now(), view(articleId, "backlog-" + UUID.randomUUID()))));
			}
			for (Future<?> send : sends) {
				send.get();
			}
			Map<TopicPartition, Long> ends = TestTopics.endOffsets(admin, VIEWS_TOPIC);
			long written = sum(ends);
			Map<TopicPartition, Long> atLastWrite = committed(admin);
			long writtenAt = System.nanoTime();
			if (sum(atLastWrite) >= written) {
				// it kept up with the producer: no backlog to time
				return new Drain(0, views / seconds(started));
			}
			Set<TopicPartition> behind = ends.keySet()
				.stream()
				.filter(partition -> atLastWrite.getOrDefault(partition, 0L) < ends.get(partition))
				.collect(Collectors.toSet());
			long from = -1;
			long since = 0;
			long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
			Map<TopicPartition, Long> now = atLastWrite;
			while (sum(now) < written) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The aggregator counted " + sum(now) + " of " + written + " views");
				}
				// asked more often, the broker and this process would take the cores
				// from what is timed
				Thread.sleep(20);
				now = committed(admin);
				if (from < 0 && committedSince(behind, atLastWrite, now)) {
					from = sum(now);
					since = System.nanoTime();
				}
			}
			if (from < 0 || from >= written) {
				// done before every partition had committed once: timed from the last
				// write, the batches then in progress included
				return new Drain(written - sum(atLastWrite), (written - sum(atLastWrite)) / seconds(writtenAt));
			}
			return new Drain(written - from, (written - from) / seconds(since));
		}
	}

	/** The aggregator's committed offsets of {@code views.v1}, by partition. */
	private Map<TopicPartition, Long> committed(Admin admin) throws Exception {
		Map<TopicPartition, Long> offsets = new HashMap<>();
		admin.listConsumerGroupOffsets(AGGREGATOR)
			.partitionsToOffsetAndMetadata()
			.get()
			.forEach((partition, offset) -> {
				if (partition.topic().equals(VIEWS_TOPIC) && offset != null) {
					offsets.put(partition, offset.offset());
				}
			});
		return offsets;
	}

	/** Whether each of these partitions has committed since {@code before}. */
	private static boolean committedSince(Set<TopicPartition> partitions, Map<TopicPartition, Long> before,
			Map<TopicPartition, Long> now) {
		return partitions.stream()
			.allMatch(partition -> now.getOrDefault(partition, 0L) > before.getOrDefault(partition, 0L));
	}

	private static long sum(Map<TopicPartition, Long> offsets) {
		return offsets.values().stream().mapToLong(Long::longValue).sum();
	}

	/** A reader of the totals announced from now on, in no group: it commits nothing. */
	private KafkaConsumer<String, String> announcements() {
		var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka),
				new StringDeserializer(), new StringDeserializer());
		List<TopicPartition> partitions = consumer.partitionsFor(VIEW_COUNTS_TOPIC)
			.stream()
			.map(partition -> new TopicPartition(partition.topic(), partition.partition()))
			.toList();
		consumer.assign(partitions);
		consumer.seekToEnd(partitions);
		// the position is taken now, before the first view is sent
		partitions.forEach(consumer::position);
		return consumer;
	}

	private KafkaProducer<String, String> producer() {
		return new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5),
				new StringSerializer(), new StringSerializer());
	}

	private static String view(String articleId, String visitor) {
		return """
				{"eventId":"%s","occurredAt":"%s","articleId":"%s","visitorHash":"%s","bot":false}"""
			.formatted(UUID.randomUUID(), Instant.now(), articleId, visitor);
	}

	private record Rates(Wrk.Figures reads, Wrk.Figures views) {
	}

	/**
	 * The article read through the gateway with a cookie, which the gateway never answers
	 * from its cache (one proxied request and one lookup in article-service's store),
	 * then the views of the articles, each from a reader of its own; empty without wrk.
	 * The aggregator counts the views before anything else is measured.
	 */
	private Optional<Rates> rates(List<Article> articles, int connections) throws Exception {
		List<Wrk.Request> read = List.of(new Wrk.Request("GET", "/api/articles/" + articles.get(0).slug(),
				Map.of("Cookie", "benchmark=uncached"), null));
		if (Wrk.send(gateway, read, connections, WARM_UP).isEmpty()) {
			return Optional.empty();
		}
		Wrk.Figures reads = Wrk.send(gateway, read, connections, RATES).orElseThrow();
		awaitCatalogued(articles);
		List<Wrk.Request> views = articles.stream()
			.map(article -> new Wrk.Request("POST", "/api/views",
					Map.of("Content-Type", "application/json", "User-Agent", "Mozilla/5.0 (benchmark reader {n})"),
					"{\"articleId\":\"" + article.id() + "\"}"))
			.toList();
		Wrk.send(gateway, views, connections, WARM_UP);
		Wrk.Figures accepted = Wrk.send(gateway, views, connections, RATES).orElseThrow();
		caughtUp(Instant.now());
		return Optional.of(new Rates(reads, accepted));
	}

	/**
	 * @param accepted when each article's views were accepted, in order
	 */
	private record Ingest(double rate, long[] latencies, long refused, Instant stoppedAt,
			Map<String, List<Long>> accepted, Map<String, List<long[]>> totals) {
	}

	/**
	 * The views through the gateway, each from a reader of its own; meanwhile the totals
	 * the aggregator announces on {@code view-counts.v1} after storing them are watched,
	 * to time each view of the first articles from its 202 to its total. Asking the view
	 * counter for the totals of 20 articles ten times a second instead, some 200 requests
	 * a second at about a millisecond of its CPU each, would take about a tenth of the
	 * two cores from the views being timed.
	 */
	private Ingest ingest(List<Article> articles, int views, int connections, Map<String, Long> expected)
			throws Exception {
		Set<String> watched = articles.subList(0, Math.min(20, articles.size()))
			.stream()
			.map(Article::id)
			.collect(Collectors.toSet());
		Map<String, List<Long>> accepted = new ConcurrentHashMap<>();
		Map<String, List<long[]>> totals = new ConcurrentHashMap<>();
		for (String id : watched) {
			accepted.put(id, Collections.synchronizedList(new ArrayList<>()));
			totals.put(id, Collections.synchronizedList(new ArrayList<>()));
		}
		var watching = new AtomicBoolean(true);
		KafkaConsumer<String, String> announcements = announcements();
		var watcher = new Thread(() -> {
			try (announcements) {
				while (watching.get()) {
					for (ConsumerRecord<String, String> record : announcements.poll(Duration.ofMillis(100))) {
						List<long[]> samples = totals.get(record.key());
						if (samples != null && record.value() != null) {
							samples.add(new long[] { System.nanoTime(),
									JSON.readTree(record.value()).get("total").asLong() });
						}
					}
				}
			}
		});
		watcher.setDaemon(true);
		watcher.start();
		AtomicInteger next = new AtomicInteger();
		AtomicLong refused = new AtomicLong();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		ExecutorService clients = Executors.newFixedThreadPool(connections);
		long started = System.nanoTime();
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < connections; c++) {
				running.add(clients.submit(() -> {
					for (int reader = next.getAndIncrement(); reader < views; reader = next.getAndIncrement()) {
						String articleId = articles.get(reader % articles.size()).id();
						var request = HttpRequest.newBuilder(URI.create(gateway + "/api/views"))
							.header("Content-Type", "application/json")
							.header("User-Agent", "Mozilla/5.0 (benchmark reader " + reader + ")")
							.POST(HttpRequest.BodyPublishers.ofString("{\"articleId\":\"" + articleId + "\"}"))
							.build();
						long sent = System.nanoTime();
						int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
						long answered = System.nanoTime();
						if (status == 429) {
							throw new IllegalStateException("The gateway limits this address's views: start the "
									+ "stack with NEWSROOM_VIEWS_RATELIMIT_REQUESTS=1000000 for the benchmark");
						}
						if (status != 202) {
							refused.incrementAndGet();
							continue;
						}
						latencies.add(answered - sent);
						expected.merge(articleId, 1L, Long::sum);
						if (watched.contains(articleId)) {
							accepted.get(articleId).add(answered);
						}
					}
					return null;
				}));
			}
			for (Future<?> client : running) {
				client.get();
			}
		}
		finally {
			clients.shutdownNow();
		}
		Instant stoppedAt = Instant.now();
		double rate = latencies.size() / seconds(started);
		// the watcher goes on until the totals are in: the lags of the last views too
		var stop = new Thread(() -> {
			pause(Duration.ofSeconds(15));
			watching.set(false);
		});
		stop.setDaemon(true);
		stop.start();
		return new Ingest(rate, latencies.stream().mapToLong(Long::longValue).sorted().toArray(), refused.get(),
				stoppedAt, accepted, totals);
	}

	/**
	 * How long after the load stopped the aggregator had committed past the last view
	 * accepted: every view was counted and its total announced by then.
	 */
	private Duration caughtUp(Instant stoppedAt) throws Exception {
		TestTopics.awaitConsumed(kafka, AGGREGATOR, VIEWS_TOPIC, Duration.ofMinutes(5));
		return Duration.between(stoppedAt, Instant.now());
	}

	/** Until every total reached what was accepted, or a few minutes passed. */
	private void awaitTotals(Map<String, Long> expected) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		for (Map.Entry<String, Long> article : expected.entrySet()) {
			while (total(article.getKey()) < article.getValue() && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
		}
	}

	/**
	 * For the watched articles, each accepted view's time to its total: the k-th view
	 * accepted is counted once the total, less the backlog's views, first reached k.
	 */
	private long[] lags(Ingest ingest, List<Article> watched) throws Exception {
		pause(Duration.ofSeconds(16));
		List<Long> lags = new ArrayList<>();
		for (Article article : watched) {
			List<Long> accepted = new ArrayList<>(ingest.accepted().get(article.id()));
			accepted.sort(Long::compare);
			List<long[]> samples = new ArrayList<>(ingest.totals().get(article.id()));
			long base = total(article.id()) - accepted.size();
			for (int k = 0; k < accepted.size(); k++) {
				long rank = base + k + 1;
				for (long[] sample : samples) {
					if (sample[0] >= accepted.get(k) && sample[1] >= rank) {
						lags.add(sample[0] - accepted.get(k));
						break;
					}
				}
			}
		}
		return lags.stream().mapToLong(Long::longValue).sorted().toArray();
	}

	private long total(String articleId) throws IOException, InterruptedException {
		return JSON
			.readTree(send(HttpRequest.newBuilder(URI.create(viewCounter + "/api/views/" + articleId)).build()).body())
			.get("total")
			.asLong();
	}

	private int status(String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return Newsroom.send(http, request);
	}

	private static void pause(Duration time) {
		try {
			Thread.sleep(time.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

}
