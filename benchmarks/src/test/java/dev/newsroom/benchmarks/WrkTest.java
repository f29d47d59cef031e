package dev.newsroom.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class WrkTest {

	@Test
	void readsTheRateThePercentilesInMillisecondsAndEveryFailedRequest() {
		List<String> output = List.of("Running 10s test @ http://localhost:8083", "  1 threads and 4 connections",
				"  Thread Stats   Avg      Stdev     Max   +/- Stdev",
				"    Latency     1.21ms    2.80ms  58.28ms   91.25%", "  Latency Distribution", "     50%  596.00us",
				"     75%    1.19ms", "     90%    2.02ms", "     99%    1.05s",
				"  29904 requests in 10.00s, 9.72MB read", "  Socket errors: connect 0, read 1, write 0, timeout 2",
				"  Non-2xx or 3xx responses: 3", "Requests/sec:   2990.79", "Transfer/sec:    995.31KB");

		Wrk.Figures figures = Wrk.figures(output);

		assertThat(figures.rate()).isCloseTo(2990.79, within(0.001));
		assertThat(figures.p50Millis()).isCloseTo(0.596, within(0.0001));
		assertThat(figures.p99Millis()).isCloseTo(1050, within(0.001));
		// answered with an error, and not answered at all
		assertThat(figures.failed()).isEqualTo(6);
	}

	@Test
	void anOutputWithoutTheDistributionIsAFailureNotAFigure() {
		assertThatThrownBy(() -> Wrk.figures(List.of("Requests/sec:   2990.79")))
			.hasMessageContaining("the latency distribution");
	}

	@Test
	void sendsEachRequestAsGivenWithANumberOfItsOwnInTheHeaders() throws Exception {
		Set<String> readers = ConcurrentHashMap.newKeySet();
		Set<String> requests = ConcurrentHashMap.newKeySet();
		AtomicInteger received = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			try (exchange) {
				received.incrementAndGet();
				readers.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
				requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
						+ exchange.getRequestHeaders().getFirst("Content-Type") + " "
						+ new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(202, answer.length);
				exchange.getResponseBody().write(answer);
			}
		});
		server.start();
		try {
			Optional<Wrk.Figures> figures = send(server,
					List.of(new Wrk.Request("POST", "/api/views",
							Map.of("Content-Type", "application/json", "User-Agent", "reader {n}"),
							"{\n\"articleId\":\"a\"}"), Wrk.Request.get("/api/articles/b")));
			assumeTrue(figures.isPresent(), "wrk is not on the PATH");

			assertThat(figures.get().failed()).as(figures.get().toString()).isZero();
			assertThat(received.get()).isGreaterThan(10);
			assertThat(requests).containsExactlyInAnyOrder("POST /api/views application/json {\n\"articleId\":\"a\"}",
					"GET /api/articles/b null ");
			// half the requests named a reader, each a reader of its own
			assertThat(readers).filteredOn(reader -> reader.startsWith("reader "))
				.hasSizeGreaterThanOrEqualTo(received.get() / 2 - 2);
		}
		finally {
			server.stop(0);
		}
	}

	private static Optional<Wrk.Figures> send(HttpServer server, List<Wrk.Request> requests)
			throws IOException, InterruptedException {
		return Wrk.send("http://127.0.0.1:" + server.getAddress().getPort(), requests, 2, Duration.ofSeconds(1));
	}

}
