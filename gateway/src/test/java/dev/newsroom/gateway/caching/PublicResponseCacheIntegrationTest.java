package dev.newsroom.gateway.caching;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.newsroom.gateway.GatewayClient;
import dev.newsroom.gateway.StubService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public response cache in front of a stub article service, with a clock the test
 * moves: what is answered from memory, what is never, and what a news spike costs the
 * service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "newsroom.users.editor.password=editor-secret")
class PublicResponseCacheIntegrationTest {

	static final StubService ARTICLES = StubService.start("article-service");

	static final AtomicLong NOW = new AtomicLong();

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("NEWSROOM_ARTICLE_SERVICE_URL", ARTICLES::url);
	}

	@TestConfiguration
	static class MovableClock {

		@Bean
		Ticker cacheTicker() {
			return NOW::get;
		}

	}

	@AfterAll
	static void stopService() {
		ARTICLES.stop();
	}

	@LocalServerPort
	int port;

	WebTestClient client;

	String path;

	@BeforeEach
	void connect() {
		client = GatewayClient.on(port, Duration.ofSeconds(30));
		ARTICLES.forget();
		path = "/api/articles/bai-" + UUID.randomUUID();
		ARTICLES.answer(path, 200, "{\"title\":\"Bản đầu\"}");
	}

	@Test
	void aSecondReadComesFromMemoryWithATagAndALifetimeForBrowsers() {
		EntityExchangeResult<String> first = read(path);
		EntityExchangeResult<String> second = read(path);

		assertThat(ARTICLES.received(path)).hasSize(1);
		assertThat(second.getResponseBody()).isEqualTo(first.getResponseBody()).isEqualTo("{\"title\":\"Bản đầu\"}");
		assertThat(second.getResponseHeaders().getETag()).isNotBlank();
		assertThat(second.getResponseHeaders().getCacheControl()).isEqualTo("public, max-age=1");
	}

	@Test
	void aReaderWithTheCurrentTagGets304WithoutTheBody() {
		read(path);
		String etag = read(path).getResponseHeaders().getETag();

		client.get()
			.uri(path)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectBody()
			.isEmpty();
	}

	@Test
	void aSpikeOfReadersOfOneUncachedPathCostsTheServiceOneRequest() {
		String slow = "/api/articles/slow-" + UUID.randomUUID(); // the stub takes 3 s for
																	// it
		WebClient web = WebClient.create("http://localhost:" + port);

		List<Integer> statuses = Flux.range(0, 100)
			.flatMap(
					reader -> web.get()
						.uri(slow)
						.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())),
					100)
			.collectList()
			.block(Duration.ofSeconds(30));

		assertThat(statuses).hasSize(100).containsOnly(200);
		assertThat(ARTICLES.received(slow)).hasSize(1);
	}

	@Test
	void anEditAndThenAnUnpublishShowOnceTheTimeToLiveIsOver() {
		read(path);
		ARTICLES.answer(path, 200, "{\"title\":\"Bản sửa\"}");

		assertThat(read(path).getResponseBody()).as("within the second").contains("Bản đầu");
		NOW.addAndGet(Duration.ofMillis(1001).toNanos());
		assertThat(read(path).getResponseBody()).contains("Bản sửa");

		ARTICLES.answer(path, 404, "{\"status\":404}");
		NOW.addAndGet(Duration.ofMillis(1001).toNanos());
		client.get().uri(path).exchange().expectStatus().isNotFound();
		client.get().uri(path).exchange().expectStatus().isNotFound();
		assertThat(ARTICLES.received(path)).as("the absence is kept too").hasSize(3);
	}

	@Test
	void nearTheEndOfItsLifeOneReaderFetchesTheNextVersionWhichThenLivesItsOwnTime() {
		read(path);
		ARTICLES.answer(path, 200, "{\"title\":\"Bản sửa\"}");

		NOW.addAndGet(Duration.ofMillis(800).toNanos());
		assertThat(read(path).getResponseBody()).as("the reader who fetched").contains("Bản sửa");
		assertThat(read(path).getResponseBody()).as("the next reader").contains("Bản sửa");
		NOW.addAndGet(Duration.ofMillis(300).toNanos());
		assertThat(read(path).getResponseBody()).contains("Bản sửa");

		assertThat(ARTICLES.received(path)).as("kept from its own arrival, not its predecessor's").hasSize(2);
	}

	@Test
	void whileOneReaderFetchesTheNextVersionTheOthersAreAnsweredAtOnce() {
		String slow = "/api/articles/slow-" + UUID.randomUUID(); // the stub takes 3 s
		read(slow);
		NOW.addAndGet(Duration.ofMillis(800).toNanos());
		WebClient web = WebClient.create("http://localhost:" + port);
		var fetching = web.get().uri(slow).retrieve().toBodilessEntity().toFuture();
		await().atMost(Duration.ofSeconds(5)).until(() -> ARTICLES.received(slow).size() == 2);

		long started = System.nanoTime();
		for (int i = 0; i < 10; i++) {
			read(slow);
		}

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		assertThat(ARTICLES.received(slow)).as("one reader fetches").hasSize(2);
		assertThat(fetching.join().getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void aReaderWithATokenOrACookieIsNeverAnsweredFromMemoryNorStored() {
		String editor = "Bearer " + client.post()
			.uri("/api/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"username\":\"editor\",\"password\":\"editor-secret\"}")
			.exchange()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("access_token")
			.asString();
		read(path);

		client.get().uri(path).header(HttpHeaders.AUTHORIZATION, editor).exchange().expectStatus().isOk();
		client.get().uri(path).header(HttpHeaders.COOKIE, "session=1").exchange();
		String other = "/api/articles/bai-" + UUID.randomUUID();
		ARTICLES.answer(other, 200, "{\"title\":\"Bản nháp\"}");
		client.get().uri(other).header(HttpHeaders.AUTHORIZATION, editor).exchange().expectStatus().isOk();
		read(other);

		assertThat(ARTICLES.received(path)).hasSize(3);
		assertThat(ARTICLES.received(other)).as("what an editor read was not kept for a reader").hasSize(2);
	}

	@Test
	void errorsAnswersWithCookiesAndRangesAreNotKept() {
		String failing = "/api/articles/bai-" + UUID.randomUUID();
		ARTICLES.answer(failing, 500, "{\"status\":500}");
		String withCookie = "/api/articles/bai-" + UUID.randomUUID();
		ARTICLES.answer(withCookie, 200, "{}", HttpHeaders.SET_COOKIE, "tracking=1");

		for (int i = 0; i < 2; i++) {
			client.get().uri(failing).exchange().expectStatus().is5xxServerError();
			client.get().uri(withCookie).exchange().expectStatus().isOk();
			client.get().uri(path).header(HttpHeaders.RANGE, "bytes=0-3").exchange();
		}

		assertThat(ARTICLES.received(failing)).hasSize(2);
		assertThat(ARTICLES.received(withCookie)).hasSize(2);
		assertThat(ARTICLES.received(path)).hasSize(2);
	}

	@Test
	void twoHundredConcurrentReadersOfDifferentArticlesAllGetTheirArticle() {
		WebClient web = WebClient.create("http://localhost:" + port);

		List<Integer> statuses = Flux.fromStream(IntStream.range(0, 200).boxed())
			.flatMap(
					reader -> web.get()
						.uri("/api/articles/bai-" + reader + "-" + UUID.randomUUID())
						.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())),
					200)
			.collectList()
			.block(Duration.ofSeconds(60));

		assertThat(statuses).hasSize(200).containsOnly(200);
	}

	private EntityExchangeResult<String> read(String uri) {
		return client.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class).returnResult();
	}

}
