package dev.newsroom.gateway;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway over HTTP in front of three stub services that record what reaches them:
 * tokens, who gets through to the admin API, routing, and what a client sees when a
 * service is down or a limit is reached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "newsroom.users.editor.password=editor-secret",
				"newsroom.users.publisher.password=publisher-secret", "newsroom.users.admin.password=admin-secret",
				// a user with no newsroom role, to be turned away from the admin API
				"newsroom.users.reader.password=reader-secret", "newsroom.users.reader.roles=READER" })
class GatewayIntegrationTest {

	static final StubService ARTICLES = StubService.start("article-service");

	static final StubService MEDIA = StubService.start("media-service");

	static final StubService VIEWS = StubService.start("view-counter-service");

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("NEWSROOM_ARTICLE_SERVICE_URL", ARTICLES::url);
		registry.add("NEWSROOM_MEDIA_SERVICE_URL", MEDIA::url);
		registry.add("NEWSROOM_VIEW_COUNTER_SERVICE_URL", VIEWS::url);
	}

	@AfterAll
	static void stopServices() {
		ARTICLES.stop();
		MEDIA.stop();
		VIEWS.stop();
	}

	@LocalServerPort
	int port;

	WebTestClient client;

	@BeforeEach
	void connect() {
		client = GatewayClient.on(port, Duration.ofSeconds(60));
		ARTICLES.forget();
		MEDIA.forget();
		VIEWS.forget();
	}

	@Test
	void eachUserGetsATokenWithTheirRoles() {
		Map<String, List<String>> expected = Map.of("editor", List.of("EDITOR"), "publisher",
				List.of("EDITOR", "PUBLISHER"), "admin", List.of("EDITOR", "PUBLISHER", "ADMIN"));
		expected.forEach((username, roles) -> {
			JsonNode answer = requestToken(username, username + "-secret").expectStatus()
				.isOk()
				.expectHeader()
				.cacheControl(CacheControl.noStore())
				.expectBody(JsonNode.class)
				.returnResult()
				.getResponseBody();
			assertThat(answer.get("token_type").asString()).isEqualTo("Bearer");
			assertThat(answer.get("expires_in").asLong()).isEqualTo(3600);
			var claims = claimsOf(answer.get("access_token").asString());
			assertThat(claims.getSubject()).isEqualTo(username);
			assertThat(claims.getIssuer()).isEqualTo("newsroom");
			assertThat(claims.getClaim("roles")).as("roles of %s", username).isEqualTo(roles);
		});
	}

	@Test
	void aWrongPasswordAndAnUnknownUserGetTheSame401() {
		String wrongPassword = requestToken("editor", "guess").expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("detail")
			.asString();
		String unknownUser = requestToken("nobody", "guess").expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("detail")
			.asString();

		assertThat(wrongPassword).isNotBlank().isEqualTo(unknownUser);
	}

	@Test
	void aBlankPasswordIsABadRequestNamingTheField() {
		requestToken("editor", " ").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.errors[0].field")
			.isEqualTo("password")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must not be blank");
	}

	@Test
	void malformedJsonIsABadRequest() {
		client.post()
			.uri("/api/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"username\":\"editor\",")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Bad Request")
			.jsonPath("$.instance")
			.isEqualTo("/api/auth/token");
	}

	@Test
	void anAdminRequestWithoutATokenStopsAtTheGateway() {
		client.post()
			.uri("/api/admin/articles")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"title\":\"Tin mới\"}")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("about:blank")
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.instance")
			.isEqualTo("/api/admin/articles");

		assertThat(ARTICLES.received()).isEmpty();
	}

	@Test
	void aTokenTheGatewayDidNotSignStopsAtTheGateway() {
		client.get()
			.uri("/api/admin/media/42")
			.header(HttpHeaders.AUTHORIZATION, "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(MEDIA.received()).isEmpty();
	}

	@Test
	void anEditorsAdminRequestReachesTheRightServiceWithItsAuthorizationHeader() {
		String authorization = "Bearer " + token("editor");

		client.post()
			.uri("/api/admin/articles")
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"title\":\"Tin mới\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("article-service");
		client.get()
			.uri("/api/admin/media/42")
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("media-service");

		assertThat(ARTICLES.received()).singleElement().satisfies(request -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.path()).isEqualTo("/api/admin/articles");
			assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEqualTo(authorization);
			assertThat(request.bodyBytes())
				.isEqualTo("{\"title\":\"Tin mới\"}".getBytes(StandardCharsets.UTF_8).length);
		});
		assertThat(MEDIA.received()).singleElement()
			.satisfies(request -> assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEqualTo(authorization));
		assertThat(VIEWS.received()).isEmpty();
	}

	@Test
	void aTokenWithoutTheEditorRoleIsForbidden() {
		client.post()
			.uri("/api/admin/articles")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token("reader"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(403)
			.jsonPath("$.instance")
			.isEqualTo("/api/admin/articles");

		assertThat(ARTICLES.received()).isEmpty();
	}

	@Test
	void publicRequestsReachTheRightServiceAnonymously() {
		Map<String, StubService> routes = Map.of("/api/articles/le-hoi-ca-phe?preview=0", ARTICLES, "/api/articles",
				ARTICLES, "/api/media/7", MEDIA, "/media/7/anh-lon.jpg", MEDIA, "/api/views/most-read", VIEWS);
		routes.forEach((uri, service) -> {
			service.forget();
			// a query of its own: what another test read may still be in the cache
			String fresh = uri + (uri.contains("?") ? "&" : "?") + "fresh=" + java.util.UUID.randomUUID();
			client.get().uri(fresh).exchange().expectStatus().isOk();
			assertThat(service.received()).as(uri).singleElement().satisfies(request -> {
				assertThat(uri).startsWith(request.path());
				assertThat(request.header(HttpHeaders.AUTHORIZATION)).isNull();
			});
		});
		client.post()
			.uri("/api/views")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"articleId\":\"a1\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		assertThat(VIEWS.received()).last().extracting(StubService.Received::method).isEqualTo("POST");
	}

	@Test
	void aLargeUploadPassesThrough() {
		byte[] photo = new byte[26_000_000];
		upload(photo).expectStatus().isCreated();

		assertThat(MEDIA.received()).singleElement().satisfies(request -> {
			assertThat(request.header(HttpHeaders.CONTENT_TYPE)).startsWith("multipart/form-data");
			assertThat(request.bodyBytes()).isGreaterThan(photo.length);
		});
	}

	@Test
	void theJwkSetVerifiesTheTokensTheGatewayIssues() throws ParseException, JOSEException {
		String token = token("publisher");
		String jwks = client.get()
			.uri("/.well-known/jwks.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		JWKSet keys = JWKSet.parse(jwks);
		RSAKey key = keys.getKeys().get(0).toRSAKey();
		assertThat(key.isPrivate()).as("only the public half is published").isFalse();
		assertThat(key.getKeyID()).isNotBlank().isEqualTo(SignedJWT.parse(token).getHeader().getKeyID());
		Jwt verified = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build().decode(token);
		assertThat(verified.getSubject()).isEqualTo("publisher");
		assertThat(verified.getClaimAsStringList("roles")).containsExactly("EDITOR", "PUBLISHER");
	}

	/**
	 * The upload route's breaker has no fallback to forward to, which would hold the
	 * whole upload in memory; its refusal is the same problem all the same.
	 */
	@Test
	void anUploadToAStoppedMediaServiceGetsA503Problem() {
		MEDIA.stop();
		try {
			upload(new byte[64 * 1024]).expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader()
				.valueEquals(HttpHeaders.RETRY_AFTER, "10")
				.expectBody()
				.jsonPath("$.detail")
				.isEqualTo("media-service is unavailable, try again shortly")
				.jsonPath("$.instance")
				.isEqualTo("/api/admin/media");
		}
		finally {
			MEDIA.restart();
		}
	}

	/**
	 * The status line answered to a request that declares a body of this length, and
	 * sends none of it.
	 */
	private String statusOfDeclaredBody(String path, long length, String moreHeaders) throws IOException {
		try (var socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream()
				.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token("editor")
						+ "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n" + moreHeaders
						+ "\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
		}
	}

	/** An editor's upload of a photo of these bytes, with a caption. */
	private WebTestClient.ResponseSpec upload(byte[] photo) {
		var multipart = new MultipartBodyBuilder();
		multipart.part("file", new ByteArrayResource(photo) {
			@Override
			public String getFilename() {
				return "le-hoi.jpg";
			}
		}).contentType(MediaType.IMAGE_JPEG);
		multipart.part("caption", "Ảnh: Lan Anh");
		return client.post()
			.uri("/api/admin/media")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token("editor"))
			.bodyValue(multipart.build())
			.exchange();
	}

	@Test
	void aStoppedServiceGetsA503ProblemUntilItComesBack() {
		VIEWS.stop();
		try {
			client.post()
				.uri("/api/views")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"articleId\":\"a1\"}")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader()
				.exists(HttpHeaders.RETRY_AFTER)
				.expectBody()
				.jsonPath("$.detail")
				.isEqualTo("view-counter-service is unavailable, try again shortly")
				.jsonPath("$.instance")
				.isEqualTo("/api/views");
		}
		finally {
			VIEWS.restart();
		}
		client.get().uri("/api/views/most-read").exchange().expectStatus().isOk();
	}

	@Test
	void aSlowAnswerWithinTheRouteTimeoutPassesThrough() {
		client.get()
			.uri("/api/views/slow")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("view-counter-service");
	}

	@Test
	void aBodyLargerThanItsRouteAllowsIs413BeforeItReachesTheService() throws IOException {
		VIEWS.forget();

		client.post()
			.uri("/api/views")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"articleId\":\"" + "a".repeat(9000) + "\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			// the connection is not used again
			.expectHeader()
			.valueEquals(HttpHeaders.CONNECTION, "close");
		// declared beyond what is read and dropped, and never sent: the answer comes
		// from the declared length alone (a client sending the body meanwhile may see
		// the connection close before it reads the answer)
		assertThat(statusOfDeclaredBody("/api/admin/articles", 3 * 1024 * 1024, "")).isEqualTo("HTTP/1.1 413");
		// within what would be read, from a client waiting to be told to send it: not
		// told, but answered
		assertThat(statusOfDeclaredBody("/api/views", 1024 * 1024, "Expect: 100-continue\r\n"))
			.isEqualTo("HTTP/1.1 413");
		assertThat(VIEWS.received()).isEmpty();
		assertThat(ARTICLES.received()).noneMatch(request -> request.method().equals("POST"));
	}

	@Test
	void aClientThatSendsAllOfATooLargeBodyBeforeItReadsGetsThe413() throws Exception {
		VIEWS.forget();
		// the JDK's client sends the whole body before it reads the answer
		HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		for (int attempt = 0; attempt < 20; attempt++) {
			HttpResponse<String> refused = jdk
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/views"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"articleId\":\"" + "a".repeat(1_000_000) + "\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(refused.statusCode()).isEqualTo(413);
		}
		assertThat(VIEWS.received()).isEmpty();
	}

	@Test
	void oversizedHeadersAreRefused() {
		client.get()
			.uri("/api/articles/" + java.util.UUID.randomUUID())
			.header("X-Padding", "p".repeat(20_000))
			.exchange()
			.expectStatus()
			.isEqualTo(431);
	}

	@Test
	void aPathNoRouteKnowsIsA404Problem() {
		client.get()
			.uri("/api/nothing-here")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.instance")
			.isEqualTo("/api/nothing-here");
	}

	@Test
	void healthIsUp() {
		client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	WebTestClient.ResponseSpec requestToken(String username, String password) {
		return client.post()
			.uri("/api/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "password", password))
			.exchange();
	}

	String token(String username) {
		return requestToken(username, username + "-secret").expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("access_token")
			.asString();
	}

	static JWTClaimsSet claimsOf(String token) {
		try {
			return SignedJWT.parse(token).getJWTClaimsSet();
		}
		catch (ParseException ex) {
			throw new AssertionError(ex);
		}
	}

	/**
	 * Limits small enough to reach in a test; a context of its own so they touch no other
	 * test.
	 */
	@Nested
	@TestPropertySource(properties = { "NEWSROOM_AUTH_RATELIMIT_REQUESTS=2", "NEWSROOM_AUTH_RATELIMIT_PERIOD=1h",
			"newsroom.routes.timeout=1s" })
	class WithTightLimits {

		@Test
		void tooManyTokenRequestsGet429() {
			requestToken("editor", "editor-secret").expectStatus().isOk();
			requestToken("editor", "guess").expectStatus().isUnauthorized();

			requestToken("editor", "editor-secret").expectStatus()
				.isEqualTo(429)
				.expectHeader()
				.exists(HttpHeaders.RETRY_AFTER)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo(429);
		}

		@Test
		void aServiceTooSlowToAnswerGets504() {
			client.get()
				.uri("/api/views/slow")
				.exchange()
				.expectStatus()
				.isEqualTo(504)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.detail")
				.isEqualTo("view-counter-service did not answer in time, try again shortly");
		}

	}

	/**
	 * Budgets of two views and one write per hour for each client; a context of its own
	 * so that no other test spends them.
	 */
	@Nested
	@TestPropertySource(properties = { "NEWSROOM_VIEWS_RATELIMIT_REQUESTS=2", "newsroom.rate-limits.view.period=1h",
			"NEWSROOM_ADMIN_RATELIMIT_REQUESTS=1", "newsroom.rate-limits.write.period=1h" })
	class WithTightViewAndWriteLimits {

		@Test
		void tooManyViewsFromOneAddressGet429AndTheServiceSeesNoMore() {
			VIEWS.forget();
			for (int i = 0; i < 2; i++) {
				client.post()
					.uri("/api/views")
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue("{\"articleId\":\"a1\"}")
					.exchange()
					.expectStatus()
					.isCreated();
			}

			client.post()
				.uri("/api/views")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"articleId\":\"a1\"}")
				.exchange()
				.expectStatus()
				.isEqualTo(429)
				.expectHeader()
				.valueEquals(HttpHeaders.RETRY_AFTER, "3600")
				.expectBody()
				.jsonPath("$.detail")
				.isEqualTo("Too many view requests; try again shortly");
			assertThat(VIEWS.received()).hasSize(2);
		}

		@Test
		void tooManyWritesOfAnEditorGet429ButReadsGoOn() {
			String editor = "Bearer " + token("editor");
			client.delete().uri("/api/admin/articles/a1").header(HttpHeaders.AUTHORIZATION, editor).exchange();

			client.delete()
				.uri("/api/admin/articles/a2")
				.header(HttpHeaders.AUTHORIZATION, editor)
				.exchange()
				.expectStatus()
				.isEqualTo(429);
			client.get()
				.uri("/api/admin/articles/a2")
				.header(HttpHeaders.AUTHORIZATION, editor)
				.exchange()
				.expectStatus()
				.isOk();
		}

	}

	/**
	 * Two connections to each service and a short queue: more readers than that at once
	 * are the gateway's own limit, not a failure of the service.
	 */
	@Nested
	@TestPropertySource(properties = { "NEWSROOM_ROUTES_MAX_CONNECTIONS=2", "NEWSROOM_ROUTES_QUEUE_WAIT_MS=300" })
	class WithFewConnections {

		@Test
		void readersBeyondTheLimitGetABrief503AndTheBreakerStaysClosed() {
			var web = org.springframework.web.reactive.function.client.WebClient.create("http://localhost:" + port);

			List<org.springframework.http.ResponseEntity<String>> answers = reactor.core.publisher.Flux.range(0, 30)
				.flatMap(reader -> web.get()
					.uri("/api/views/slow-" + reader) // the stub takes 3 s for each
					.retrieve()
					.toEntity(String.class)
					.onErrorResume(org.springframework.web.reactive.function.client.WebClientResponseException.class,
							refused -> reactor.core.publisher.Mono
								.just(org.springframework.http.ResponseEntity.status(refused.getStatusCode())
									.headers(refused.getHeaders())
									.body(refused.getResponseBodyAsString()))),
						30)
				.collectList()
				.block(Duration.ofSeconds(60));

			assertThat(answers).filteredOn(answer -> answer.getStatusCode().value() == 200).hasSizeBetween(2, 6);
			assertThat(answers).filteredOn(answer -> answer.getStatusCode().value() != 200)
				.isNotEmpty()
				.allSatisfy(busy -> {
					assertThat(busy.getStatusCode().value()).isEqualTo(503);
					assertThat(busy.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
					assertThat(busy.getBody()).contains("view-counter-service is busy");
				});
			// the breaker did not count the gateway's own limit as the service failing
			client.get()
				.uri("/api/views/after-the-rush-" + java.util.UUID.randomUUID())
				.exchange()
				.expectStatus()
				.isOk();
		}

	}

	/**
	 * A budget of one token request, spent by the first; a context of its own so that no
	 * other test spends it first.
	 */
	@Nested
	@TestPropertySource(properties = { "NEWSROOM_AUTH_RATELIMIT_REQUESTS=1", "NEWSROOM_AUTH_RATELIMIT_PERIOD=1h" })
	class WithTheTokenLimitSpent {

		@Test
		void aPercentEncodedTokenPathIsLimitedLikeThePlainOne() {
			requestToken("editor", "editor-secret").expectStatus().isOk();

			// request mapping decodes the path, so this reaches the token endpoint too
			client.post()
				.uri(URI.create("http://localhost:" + port + "/api/auth/%74oken"))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("username", "editor", "password", "editor-secret"))
				.exchange()
				.expectStatus()
				.isEqualTo(429)
				.expectHeader()
				.exists(HttpHeaders.RETRY_AFTER);
		}

	}

}
