package dev.newsroom.system;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import dev.newsroom.testsupport.TestHttp;

/**
 * Readers reading one path through the gateway over and over, each read with its own
 * query so that it misses the gateway's cache and reaches a service instance. Every
 * answer but a 200, and every read that fails outright, is kept as a failure.
 */
final class ReadLoad implements AutoCloseable {

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final AtomicLong succeeded = new AtomicLong();

	private final Queue<String> failures = new ConcurrentLinkedQueue<>();

	private final ExecutorService readers;

	private ReadLoad(String gatewayUrl, String path, int concurrency) {
		readers = Executors.newFixedThreadPool(concurrency);
		for (int reader = 0; reader < concurrency; reader++) {
			String query = path + "?reader=" + reader + "&read=";
			readers.execute(() -> read(new TestHttp(gatewayUrl), query));
		}
	}

	static ReadLoad start(String gatewayUrl, String path, int concurrency) {
		return new ReadLoad(gatewayUrl, path, concurrency);
	}

	long succeeded() {
		return succeeded.get();
	}

	List<String> failures() {
		return List.copyOf(failures);
	}

	private void read(TestHttp http, String query) {
		for (long read = 0; running.get(); read++) {
			try {
				var response = http.get(query + read);
				if (response.status() == 200) {
					succeeded.incrementAndGet();
				}
				else {
					failures.add(response.status() + " " + response.text());
				}
			}
			catch (UncheckedIOException ex) {
				failures.add(ex.getCause().toString());
			}
		}
	}

	/** Stops reading and waits for the reads under way. */
	@Override
	public void close() throws InterruptedException {
		running.set(false);
		readers.shutdown();
		if (!readers.awaitTermination(30, TimeUnit.SECONDS)) {
			readers.shutdownNow();
			throw new IllegalStateException("readers still reading after 30 s");
		}
	}

}
