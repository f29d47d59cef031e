package dev.newsroom.gateway.caching;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Answers anonymous reads of public paths from memory, so that a story's readers cost the
 * services one request per path per second, however many they are. It wraps the server's
 * HTTP handler itself: a hit is answered before a web exchange, an observation, the
 * security chain or a route exists, which is most of what a request costs the gateway.
 * <ul>
 * <li>Coalesced: while one request for a path goes to the service, the others for it wait
 * for its answer instead of going too; they get it even if it is not kept, an error say,
 * unless it is private.</li>
 * <li>Fresh within a second (per route): a publish, an edit or an unpublish shows without
 * any signal to the gateway, which is why several gateway instances need no coordination.
 * In the last quarter of an answer's life one reader fetches the next version while the
 * others still get the kept one, so a busy path never makes its readers wait for the
 * service.</li>
 * <li>A request with {@code Authorization} or a cookie is never answered from the cache
 * nor stored in it, so editors see their drafts and nothing private is shared; neither
 * are ranges, answers other than 200 and 404, or answers with {@code Set-Cookie}.</li>
 * <li>{@code ETag} on every kept answer, so that {@code If-None-Match} gets a 304, and
 * {@code Cache-Control} for browsers and CDNs.</li>
 * <li>Bounded by bytes; the least used answers go first.</li>
 * </ul>
 */
final class PublicResponseCache implements HttpHandlerDecoratorFactory {

	private final AsyncCache<String, StoredResponse> cache;

	private final List<CachedRoute> routes;

	private final int maxEntryBytes;

	private final Ticker ticker;

	/**
	 * The paths a reader is fetching the next version of, while others get the kept one.
	 */
	private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

	PublicResponseCache(CacheSettings settings, Ticker ticker) {
		this.cache = Caffeine.newBuilder()
			.ticker(ticker)
			// an answer's time to live starts when it arrives, not when a pool thread
			// gets to it
			.executor(Runnable::run)
			.maximumWeight(settings.maxSize().toBytes())
			.weigher((String key, StoredResponse response) -> response.weight())
			// a refreshed answer replaces its predecessor and lives its own time
			.expireAfter(Expiry.writing((String key, StoredResponse response) -> response.ttl()))
			.buildAsync();
		this.routes = settings.routes()
			.stream()
			.map(route -> new CachedRoute(PathPatternParser.defaultInstance.parse(route.path()), route.ttl()))
			.toList();
		this.maxEntryBytes = (int) settings.maxEntrySize().toBytes();
		this.ticker = ticker;
	}

	@Override
	public HttpHandler apply(HttpHandler handler) {
		return (request, response) -> handle(request, response, handler);
	}

	private Mono<Void> handle(ServerHttpRequest request, ServerHttpResponse response, HttpHandler next) {
		Duration ttl = ttlOf(request);
		if (ttl == null) {
			return next.handle(request, response);
		}
		String key = keyOf(request.getURI());
		CompletableFuture<StoredResponse> answer = new CompletableFuture<>();
		CompletableFuture<StoredResponse> known = cache.asMap().putIfAbsent(key, answer);
		if (known != null) {
			StoredResponse kept = known.getNow(null);
			if (kept != null) {
				if (kept.isDueForRefresh(ticker.read()) && refreshing.add(key)) {
					return refresh(key, ttl, request, response, next);
				}
				return answer(request, response, kept);
			}
			// on its way: an answer that must not be shared lets each go itself
			return Mono.fromFuture(known, true)
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.flatMap(stored -> stored.isPresent() ? answer(request, response, stored.get())
						: next.handle(request, response));
		}
		// a null answer leaves no entry; one that is not kept is dropped once those
		// waiting for it have it: the next request goes to the service again
		answer.thenAccept(stored -> {
			if (stored != null && !stored.isKept()) {
				cache.asMap().remove(key, answer);
			}
		});
		var capturing = new CapturingResponse(response, maxEntryBytes, ttl, ticker.read(), answer);
		return next.handle(request, capturing)
			.doOnSuccess(done -> capturing.finished())
			.doFinally(signal -> answer.complete(null));
	}

	/** A request's entry: its path and query as sent. */
	private static String keyOf(URI uri) {
		return uri.getRawPath() + "?" + uri.getRawQuery();
	}

	/**
	 * One reader fetches the next version of a path whose answer is due for refresh; the
	 * others keep getting the kept one until it is replaced or expires. An answer not to
	 * keep (an error, say) leaves the kept one to expire.
	 */
	private Mono<Void> refresh(String key, Duration ttl, ServerHttpRequest request, ServerHttpResponse response,
			HttpHandler next) {
		var fresh = new CompletableFuture<StoredResponse>();
		fresh.thenAccept(stored -> {
			if (stored != null && stored.isKept()) {
				cache.put(key, CompletableFuture.completedFuture(stored));
			}
		});
		var capturing = new CapturingResponse(response, maxEntryBytes, ttl, ticker.read(), fresh);
		return next.handle(request, capturing).doOnSuccess(done -> capturing.finished()).doFinally(signal -> {
			fresh.complete(null);
			refreshing.remove(key);
		});
	}

	/** How long answers to this request are kept, or null if it is not for the cache. */
	private Duration ttlOf(ServerHttpRequest request) {
		HttpHeaders headers = request.getHeaders();
		if (request.getMethod() != HttpMethod.GET || headers.containsHeader(HttpHeaders.AUTHORIZATION)
				|| headers.containsHeader(HttpHeaders.COOKIE) || headers.containsHeader(HttpHeaders.RANGE)) {
			return null;
		}
		for (CachedRoute route : routes) {
			if (route.path().matches(request.getPath().pathWithinApplication())) {
				return route.ttl();
			}
		}
		return null;
	}

	private static Mono<Void> answer(ServerHttpRequest request, ServerHttpResponse response, StoredResponse stored) {
		response.getHeaders().putAll(stored.headers());
		if (stored.status().value() == HttpStatus.OK.value()
				&& request.getHeaders().getIfNoneMatch().contains(stored.etag())) {
			response.setStatusCode(HttpStatus.NOT_MODIFIED);
			response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
			return response.setComplete();
		}
		response.setStatusCode(stored.status());
		response.getHeaders().setContentLength(stored.body().length);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(stored.body())));
	}

	private record CachedRoute(PathPattern path, Duration ttl) {
	}

}
