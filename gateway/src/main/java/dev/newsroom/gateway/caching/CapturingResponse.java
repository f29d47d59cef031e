package dev.newsroom.gateway.caching;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;

/**
 * Passes a response through to the client while keeping a copy, for the cache. The body
 * is copied as it streams, so the client waits no longer than without the cache; a body
 * larger than the cache keeps is not copied further. Only what a stranger may be given
 * too is copied: without {@code Set-Cookie}, neither private nor no-store.
 * <p>
 * The copy is handed over the moment the body's last part has passed, before the response
 * is finished: a reader who has the whole answer can count on the next one being answered
 * from memory.
 */
final class CapturingResponse extends ServerHttpResponseDecorator {

	private static final Set<String> NOT_KEPT = Set.of(HttpHeaders.CONNECTION.toLowerCase(Locale.ROOT), "keep-alive",
			HttpHeaders.TRANSFER_ENCODING.toLowerCase(Locale.ROOT), HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT),
			HttpHeaders.DATE.toLowerCase(Locale.ROOT));

	/** Vary values that do not change the body of these answers. */
	private static final Set<String> HARMLESS_VARY = Set.of("origin", "access-control-request-method",
			"access-control-request-headers", "accept-encoding");

	private final int maxBytes;

	private final Duration ttl;

	private final long startedAt;

	private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

	private boolean tooLarge;

	private boolean streamed;

	private final CompletableFuture<StoredResponse> whole;

	/**
	 * @param startedAt when the request went to the service: the answer is as old as that
	 * @param whole completed with the copy, or with null if there is none to share
	 */
	CapturingResponse(ServerHttpResponse delegate, int maxBytes, Duration ttl, long startedAt,
			CompletableFuture<StoredResponse> whole) {
		super(delegate);
		this.maxBytes = maxBytes;
		this.ttl = ttl;
		this.startedAt = startedAt;
		this.whole = whole;
		delegate.beforeCommit(() -> {
			// browsers and CDNs may keep it as long as the gateway does
			if (isShareable() && isKept() && !getHeaders().containsHeader(HttpHeaders.CACHE_CONTROL)) {
				getHeaders().setCacheControl("public, max-age=" + Math.max(1, ttl.toSeconds()));
			}
			return Mono.empty();
		});
	}

	@Override
	public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
		return super.writeWith(Flux.from(body).doOnNext(this::keep).doOnComplete(this::finished));
	}

	/**
	 * The exchange is over: an answer without a body is whole only now. Without effect
	 * once the body has passed.
	 */
	void finished() {
		whole.complete(stored());
	}

	@Override
	public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
		streamed = true;
		return super.writeAndFlushWith(body);
	}

	private void keep(DataBuffer buffer) {
		if (tooLarge || copy.size() + buffer.readableByteCount() > maxBytes) {
			tooLarge = true;
			return;
		}
		try (DataBuffer.ByteBufferIterator readable = buffer.readableByteBuffers()) {
			while (readable.hasNext()) {
				ByteBuffer part = readable.next();
				byte[] bytes = new byte[part.remaining()];
				part.get(bytes);
				copy.writeBytes(bytes);
			}
		}
	}

	/** The response to give to others too, or null if it must not be. */
	private StoredResponse stored() {
		if (!isShareable() || tooLarge || streamed) {
			return null;
		}
		HttpHeaders kept = new HttpHeaders();
		getHeaders().forEach((name, values) -> {
			if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
				kept.put(name, List.copyOf(values));
			}
		});
		byte[] body = copy.toByteArray();
		String etag = kept.getETag() != null ? kept.getETag() : etagOf(body);
		kept.setETag(etag);
		return new StoredResponse(getStatusCode(), kept, body, etag, ttl, startedAt);
	}

	private boolean isKept() {
		HttpStatusCode status = getStatusCode();
		return status != null
				&& (status.value() == HttpStatus.OK.value() || status.value() == HttpStatus.NOT_FOUND.value());
	}

	private boolean isShareable() {
		HttpStatusCode status = getStatusCode();
		HttpHeaders headers = getHeaders();
		String cacheControl = String.join(",", headers.getOrEmpty(HttpHeaders.CACHE_CONTROL)).toLowerCase(Locale.ROOT);
		return status != null && !headers.containsHeader(HttpHeaders.SET_COOKIE) && !cacheControl.contains("no-store")
				&& !cacheControl.contains("private")
				&& headers.getVary().stream().allMatch(vary -> HARMLESS_VARY.contains(vary.toLowerCase(Locale.ROOT)));
	}

	/**
	 * Strong, from the bytes: the same body always gets the same tag, on every instance.
	 */
	private static String etagOf(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
