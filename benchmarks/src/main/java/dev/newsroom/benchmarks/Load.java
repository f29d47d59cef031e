package dev.newsroom.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Closed-loop load: clients that each send a request and wait for its answer. */
final class Load {

	private Load() {
	}

	/**
	 * {@code connections} clients, each sending the requests in turn for
	 * {@code duration}; every answer but a 200 fails the run.
	 * @return every request's time, sorted, in nanoseconds
	 */
	static long[] run(HttpClient http, List<HttpRequest> requests, int connections, Duration duration)
			throws Exception {
		long end = System.nanoTime() + duration.toNanos();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		ExecutorService clients = Executors.newFixedThreadPool(connections);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < connections; c++) {
				int first = c;
				running.add(clients.submit(() -> {
					for (int i = first; System.nanoTime() < end; i++) {
						HttpRequest request = requests.get(i % requests.size());
						long started = System.nanoTime();
						int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
						if (status != 200) {
							throw new IllegalStateException(request.uri() + " answered " + status);
						}
						latencies.add(System.nanoTime() - started);
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
		return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
	}

	/** In milliseconds, of times in nanoseconds sorted. */
	static double percentile(long[] sortedNanos, int percent) {
		if (sortedNanos.length == 0) {
			return Double.NaN;
		}
		int index = Math.min(sortedNanos.length - 1, (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1);
		return sortedNanos[Math.max(0, index)] / 1e6;
	}

}
