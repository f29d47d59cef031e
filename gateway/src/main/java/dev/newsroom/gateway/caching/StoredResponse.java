package dev.newsroom.gateway.caching;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * A response as the cache keeps it: whole, with the headers clients need again, and when
 * it arrived ({@code storedAt}, on the cache's ticker).
 */
record StoredResponse(HttpStatusCode status, HttpHeaders headers, byte[] body, String etag, Duration ttl,
		long storedAt) {

	/**
	 * Whether a reader should fetch its successor while the others still get it: in the
	 * last quarter of its life, so that the next version is there before this one expires
	 * and no reader waits for the service.
	 */
	boolean isDueForRefresh(long now) {
		return now - storedAt >= ttl.toNanos() / 4 * 3;
	}

	/**
	 * Whether it is kept for later requests: an article or its absence. Any other answer
	 * goes only to the requests that waited for it.
	 */
	boolean isKept() {
		return status.value() == HttpStatus.OK.value() || status.value() == HttpStatus.NOT_FOUND.value();
	}

	/** What it costs the cache: the body, the headers, and a little for the entry. */
	int weight() {
		return body.length + headers.toString().length() + 256;
	}

}
