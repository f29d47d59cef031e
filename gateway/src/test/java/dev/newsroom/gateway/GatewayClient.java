package dev.newsroom.gateway;

import java.time.Duration;

import org.springframework.test.web.reactive.server.WebTestClient;

/** A client of the gateway under test, patient enough for a slow stub service. */
public final class GatewayClient {

	private GatewayClient() {
	}

	public static WebTestClient on(int port, Duration responseTimeout) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(responseTimeout)
			.build();
	}

}
