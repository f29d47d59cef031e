package dev.newsroom.gateway.routing;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.newsroom.gateway.GatewayClient;
import dev.newsroom.gateway.StubService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service with two instances behind one route: reads take turns, a read that finds an
 * instance down or refusing is tried once on the other, a write never twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "newsroom.cache.enabled=false")
class LoadBalancingIntegrationTest {

	static final StubService ONE = StubService.start("view-counter-service");

	static final StubService OTHER = StubService.start("view-counter-service");

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("NEWSROOM_VIEW_COUNTER_SERVICE_URL", () -> ONE.url() + "," + OTHER.url());
	}

	@AfterAll
	static void stopServices() {
		ONE.stop();
		OTHER.stop();
	}

	@LocalServerPort
	int port;

	WebTestClient client;

	@BeforeEach
	void connect() {
		client = GatewayClient.on(port, Duration.ofSeconds(30));
		ONE.restart();
		OTHER.restart();
		ONE.forget();
		OTHER.forget();
	}

	@Test
	void readsTakeTurnsAmongTheInstances() {
		for (int i = 0; i < 10; i++) {
			client.get().uri("/api/views/" + UUID.randomUUID()).exchange().expectStatus().isOk();
		}

		assertThat(ONE.received()).hasSize(5);
		assertThat(OTHER.received()).hasSize(5);
	}

	@Test
	void noReadFailsWhileOneInstanceIsDown() {
		ONE.stop();

		List<Integer> statuses = Flux.range(0, 40)
			.flatMap(
					reader -> WebClient.create("http://localhost:" + port)
						.get()
						.uri("/api/views/" + UUID.randomUUID())
						.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())),
					8)
			.collectList()
			.block(Duration.ofSeconds(30));

		assertThat(statuses).hasSize(40).containsOnly(200);
		assertThat(OTHER.received()).hasSize(40);
	}

	@Test
	void aReadAnInstanceRefusesWith503IsTriedOnTheOther() {
		String path = "/api/views/" + UUID.randomUUID();
		ONE.answer(path, 503, "{\"status\":503}");
		OTHER.answer(path, 503, "{\"status\":503}");
		OTHER.forget(); // the other answers normally

		for (int i = 0; i < 4; i++) {
			client.get().uri(path).exchange().expectStatus().isOk();
		}

		assertThat(OTHER.received(path)).hasSize(4);
	}

	@Test
	void aWriteIsNeverSentTwice() {
		ONE.stop();

		int accepted = 0;
		for (int i = 0; i < 10; i++) {
			var status = client.post()
				.uri("/api/views")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"articleId\":\"a" + i + "\"}")
				.exchange()
				.returnResult(String.class)
				.getStatus();
			accepted += status.value() == 201 ? 1 : 0;
		}

		assertThat(OTHER.received()).hasSize(accepted);
		assertThat(accepted).as("the writes that met the stopped instance were not retried").isLessThan(10);
	}

}
