package dev.newsroom.site.widgets;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;

/**
 * One outside provider of a widget, asked with a hard time limit, a few retries with
 * growing pauses, and a circuit breaker that stops asking for a while after repeated
 * failures. Whatever goes wrong (no connection, a failed TLS handshake, a slow or huge
 * answer, an error status) ends in a {@link ProviderException}, which the caller logs and
 * the pages never see.
 */
final class Provider implements AutoCloseable {

	private final String name;

	private final Duration timeout;

	private final HttpClient http;

	private final CircuitBreaker breaker;

	private final Retry retry;

	private final ExecutorService calls;

	/**
	 * @param firstRetry the pause before the second attempt; it doubles for the third
	 * @param openFor how long the breaker keeps the provider alone once it opened
	 */
	Provider(String name, Duration timeout, int maxBytes, Duration firstRetry, Duration openFor) {
		this.name = name;
		this.timeout = timeout;
		DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
		configuration.setConnectTimeout(timeout);
		configuration.setReadTimeout(timeout);
		configuration.setMaxContentLength(maxBytes);
		configuration.setFollowRedirects(false);
		this.http = HttpClient.create(null, configuration);
		this.breaker = CircuitBreaker.of(name,
				CircuitBreakerConfig.custom()
					.slidingWindowSize(4)
					.minimumNumberOfCalls(4)
					.failureRateThreshold(75)
					.waitDurationInOpenState(openFor)
					.build());
		this.retry = Retry.of(name,
				RetryConfig.custom()
					.maxAttempts(3)
					.intervalFunction(IntervalFunction.ofExponentialBackoff(firstRetry, 2))
					.ignoreExceptions(CallNotPermittedException.class)
					.build());
		this.calls = Executors.newCachedThreadPool(task -> {
			Thread thread = new Thread(task, "widget-" + name);
			thread.setDaemon(true);
			return thread;
		});
	}

	/** The body of a successful answer, at most {@code maxBytes} long. */
	byte[] get(URI uri) throws ProviderException {
		try {
			return Retry
				.decorateCheckedSupplier(retry, CircuitBreaker.decorateCheckedSupplier(breaker, () -> once(uri)))
				.get();
		}
		catch (Throwable failure) {
			throw new ProviderException(name + " gave no usable answer from " + uri + ": " + failure, failure);
		}
	}

	/**
	 * One request within the time limit, the whole answer included: a provider that sends
	 * its answer a byte at a time does not hold the refresh up.
	 */
	private byte[] once(URI uri) throws Exception {
		Future<byte[]> call = calls
			.submit(() -> http.toBlocking().retrieve(HttpRequest.GET(uri.toString()), byte[].class));
		try {
			return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			call.cancel(true);
			throw ex;
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof Exception cause ? cause : ex;
		}
	}

	CircuitBreaker.State state() {
		return breaker.getState();
	}

	@Override
	public void close() {
		calls.shutdownNow();
		http.close();
	}

}
