package dev.newsroom.gateway;

import java.time.Duration;

import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A client of the gateway under test, patient enough for a slow stub service. Each
 * request has a connection of its own: WebTestClient keeps a pooled connection for as
 * long as a response whose body no expectation read is around (spring-framework#29817),
 * and once the shared pool's connections to the gateway were all held so, a later request
 * of an unrelated test waited for one until it timed out.
 */
public final class GatewayClient {

	private GatewayClient() {
	}

	public static WebTestClient on(int port, Duration responseTimeout) {
		return WebTestClient
			.bindToServer(new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection())))
			.baseUrl("http://localhost:" + port)
			.responseTimeout(responseTimeout)
			.build();
	}

}
