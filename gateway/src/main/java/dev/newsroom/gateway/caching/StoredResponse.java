package dev.newsroom.gateway.caching;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** A response as the cache keeps it: whole, with the headers clients need again. */
record StoredResponse(HttpStatusCode status, HttpHeaders headers, byte[] body, String etag, Duration ttl) {

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
