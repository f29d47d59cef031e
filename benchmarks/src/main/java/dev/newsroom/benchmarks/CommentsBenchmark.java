package dev.newsroom.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import dev.newsroom.testsupport.TestChallenges;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long readers wait, through the gateway and its cache, for an editor's decision on a
 * comment to show on the article page: from the approval's answer until the page lists
 * the comment, and from a rejection's answer until it no longer does. The baseline, in
 * the same run, is the same path for an article: from its unpublishing's answer until its
 * page is a 404. The page is read as a reader gets it, every 20 ms, cache and all.
 *
 * A client address may send 5 comments in 10 minutes, so a run is at most 5 rounds.
 *
 * <pre>
 * NEWSROOM_MONGO_STORE=memory ./newsroom up --detach
 * ./newsroom bench comments [rounds]
 * </pre>
 */
public final class CommentsBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration POLL = Duration.ofMillis(20);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String gateway = "http://localhost:8080";

	private String token;

	public static void main(String[] args) throws Exception {
		int rounds = Math.min(5, args.length > 0 ? Integer.parseInt(args[0]) : 5);
		new CommentsBenchmark().run(rounds);
		System.exit(0);
	}

	void run(int rounds) throws Exception {
		token = "Bearer " + Newsroom.publisherToken(http, gateway);
		double[] approved = new double[rounds];
		double[] withdrawn = new double[rounds];
		double[] unpublished = new double[rounds];
		double[] solving = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			String[] article = publishAnArticle(round);
			String page = "/bai-viet/" + article[1];
			awaitPage(page, body -> body != null && body.contains("Ý kiến bạn đọc"));

			long solveStart = System.nanoTime();
			String challenge = TestChallenges.solve(json(get("/api/comments/challenge")));
			solving[round] = millisSince(solveStart);
			String name = "Bạn đọc " + UUID.randomUUID().toString().substring(0, 8);
			String id = JSON
				.readTree(
						Newsroom
							.send(http,
									post("/api/comments",
											JSON.writeValueAsString(Map.of("articleId", article[0], "name", name,
													"content", "Ý kiến đo thời gian", "challenge", challenge))))
							.body())
				.get("id")
				.asString();

			Newsroom.send(http, post("/api/admin/comments/" + id + "/approve", ""));
			long approval = System.nanoTime();
			awaitPage(page, body -> body != null && body.contains(name));
			approved[round] = millisSince(approval);

			Newsroom.send(http, post("/api/admin/comments/" + id + "/reject", ""));
			long rejection = System.nanoTime();
			awaitPage(page, body -> body != null && !body.contains(name));
			withdrawn[round] = millisSince(rejection);

			Newsroom.send(http, post("/api/admin/articles/" + article[0] + "/unpublish", ""));
			long unpublishing = System.nanoTime();
			awaitPage(page, body -> body == null);
			unpublished[round] = millisSince(unpublishing);
		}
		System.out.printf("%n%d rounds through the gateway at %s, the page read every %d ms%n", rounds, gateway,
				POLL.toMillis());
		System.out.printf("%-58s %8s %8s %8s%n", "", "min ms", "p50 ms", "max ms");
		print("a comment approved, until the page shows it", approved);
		print("a comment rejected after approval, until the page hides it", withdrawn);
		print("baseline: an article unpublished, until its page is a 404", unpublished);
		print("solving a challenge in Java (the work a browser does)", solving);
	}

	private String[] publishAnArticle(int round) throws Exception {
		JsonNode created = JSON
			.readTree(Newsroom
				.send(http, post("/api/admin/articles",
						JSON.writeValueAsString(Map.of("title", "Bài đo ý kiến " + round + " " + UUID.randomUUID(),
								"lead", "Đo.", "body", "<p>Nội dung.</p>", "section", "Bảng đo", "tags", List.of()))))
				.body());
		String id = created.get("id").asString();
		Newsroom.send(http, post("/api/admin/articles/" + id + "/publish", ""));
		return new String[] { id, created.get("slug").asString() };
	}

	/** Reads the page as a reader does until it is as expected; null is a 404. */
	private void awaitPage(String path, Predicate<String> expected) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			HttpResponse<String> page = http.send(
					HttpRequest.newBuilder(URI.create(gateway + path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
			if (expected.test(page.statusCode() == 404 ? null : page.body())) {
				return;
			}
			Thread.sleep(POLL.toMillis());
		}
		throw new IllegalStateException(path + " did not change within a minute");
	}

	private JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return Newsroom.send(http, HttpRequest.newBuilder(URI.create(gateway + path)).build());
	}

	private HttpRequest post(String path, String json) {
		return HttpRequest.newBuilder(URI.create(gateway + path))
			.header("Content-Type", "application/json")
			.header("Authorization", token)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	private static double millisSince(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

	private static void print(String what, double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		System.out.printf("%-58s %8.0f %8.0f %8.0f%n", what, sorted[0], sorted[sorted.length / 2],
				sorted[sorted.length - 1]);
	}

}
