package dev.newsroom.gateway.auth;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class TokenRateLimitTest {

	@Test
	void aTokenRequestIsRecognisedOnItsDecodedPath() {
		assertThat(TokenRateLimit.isTokenRequest(post("/api/auth/token"))).isTrue();
		assertThat(TokenRateLimit.isTokenRequest(post("/api/auth/%74oken"))).isTrue();
		assertThat(TokenRateLimit.isTokenRequest(post("/api/auth/%74%6F%6B%65%6E"))).isTrue();
	}

	@Test
	void otherRequestsAreNotLimited() {
		assertThat(TokenRateLimit.isTokenRequest(MockServerHttpRequest.get("/api/auth/token").build())).isFalse();
		assertThat(TokenRateLimit.isTokenRequest(post("/api/auth/tokens"))).isFalse();
		assertThat(TokenRateLimit.isTokenRequest(post("/api/auth/Token"))).isFalse();
		assertThat(TokenRateLimit.isTokenRequest(post("/api/admin/articles"))).isFalse();
	}

	@Test
	void aClientIsItsRemoteAddress() throws UnknownHostException {
		assertThat(TokenRateLimit.client(from("192.0.2.1", 40000))).isEqualTo("192.0.2.1")
			.isEqualTo(TokenRateLimit.client(from("192.0.2.1", 40001)))
			.isNotEqualTo(TokenRateLimit.client(from("192.0.2.2", 40000)));
	}

	@Test
	void anIpv6ClientIsItsSlash64() throws UnknownHostException {
		assertThat(TokenRateLimit.client(from("2001:db8:1:2::1", 40000)))
			.isEqualTo(TokenRateLimit.client(from("2001:db8:1:2:aaaa:bbbb:cccc:dddd", 40000)))
			.isNotEqualTo(TokenRateLimit.client(from("2001:db8:1:3::1", 40000)));
	}

	@Test
	void theForwardedForHeaderIsNotTrusted() throws UnknownHostException {
		var forged = MockServerHttpRequest.method(HttpMethod.POST, URI.create("/api/auth/token"))
			.remoteAddress(new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 40000))
			.header("X-Forwarded-For", "198.51.100.7")
			.build();

		assertThat(TokenRateLimit.client(forged)).isEqualTo("192.0.2.1");
	}

	private static MockServerHttpRequest post(String rawPath) {
		// a URI, not a template: a template would encode the percent signs again
		return MockServerHttpRequest.method(HttpMethod.POST, URI.create(rawPath)).build();
	}

	private static MockServerHttpRequest from(String address, int port) throws UnknownHostException {
		return MockServerHttpRequest.method(HttpMethod.POST, URI.create("/api/auth/token"))
			.remoteAddress(new InetSocketAddress(InetAddress.getByName(address), port))
			.build();
	}

}
