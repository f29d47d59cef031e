package dev.newsroom.gateway.limits;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitsTest {

	private final RateLimits.Limit login = new RateLimits.Limit("login",
			new RateLimitSettings.Rule(List.of(HttpMethod.POST), "/api/auth/token", 20, Duration.ofSeconds(1)));

	@Test
	void aTokenRequestIsRecognisedOnItsDecodedPath() {
		assertThat(login.counts(post("/api/auth/token"))).isTrue();
		assertThat(login.counts(post("/api/auth/%74oken"))).isTrue();
		assertThat(login.counts(post("/api/auth/%74%6F%6B%65%6E"))).isTrue();
	}

	@Test
	void otherRequestsAreNotLimited() {
		assertThat(login.counts(MockServerHttpRequest.get("/api/auth/token").build())).isFalse();
		assertThat(login.counts(post("/api/auth/tokens"))).isFalse();
		assertThat(login.counts(post("/api/auth/Token"))).isFalse();
		assertThat(login.counts(post("/api/admin/articles"))).isFalse();
	}

	@Test
	void aClientIsItsRemoteAddress() throws UnknownHostException {
		assertThat(RateLimits.client(from("192.0.2.1", 40000))).isEqualTo("192.0.2.1")
			.isEqualTo(RateLimits.client(from("192.0.2.1", 40001)))
			.isNotEqualTo(RateLimits.client(from("192.0.2.2", 40000)));
	}

	@Test
	void anIpv6ClientIsItsSlash64() throws UnknownHostException {
		assertThat(RateLimits.client(from("2001:db8:1:2::1", 40000)))
			.isEqualTo(RateLimits.client(from("2001:db8:1:2:aaaa:bbbb:cccc:dddd", 40000)))
			.isNotEqualTo(RateLimits.client(from("2001:db8:1:3::1", 40000)));
	}

	@Test
	void theForwardedForHeaderIsNotTrusted() throws UnknownHostException {
		var forged = MockServerHttpRequest.method(HttpMethod.POST, URI.create("/api/auth/token"))
			.remoteAddress(new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 40000))
			.header("X-Forwarded-For", "198.51.100.7")
			.build();

		assertThat(RateLimits.client(forged)).isEqualTo("192.0.2.1");
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
