package dev.newsroom.viewcounter.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.views.PageViewed;
import dev.newsroom.events.CloudEvents;
import dev.newsroom.events.EventPublisher;
import dev.newsroom.events.EventWiring;
import dev.newsroom.events.TopicKind;
import dev.newsroom.viewcounter.ingest.ViewBeaconController.PageView;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ViewBeaconControllerTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private static MockHttpServletRequest browser() {
		var request = new MockHttpServletRequest("POST", "/api/views");
		request.addHeader("User-Agent", "Mozilla/5.0");
		return request;
	}

	@Test
	void withoutABrokerAViewIsRefusedWithServiceUnavailableNotAcceptedAndLost() {
		// as the service's settings: sends wait for metadata at most 800 ms
		var nowhere = new DefaultKafkaProducerFactory<String, String>(Map.of("bootstrap.servers", "127.0.0.1:9",
				"max.block.ms", 800, "delivery.timeout.ms", 10000, "request.timeout.ms", 5000), new StringSerializer(),
				new StringSerializer());
		try {
			var events = new EventPublisher(EventWiring.builder()
				.produces(Topics.VIEWS, TopicKind.STREAM, "article id", PageViewed.TYPE)
				.build(), new CloudEvents(JsonMapper.builder().build(), "test"), new KafkaTemplate<>(nowhere));
			var beacon = new ViewBeaconController(events, new Visitors("key"), BotsTest.BOTS, Clock.systemUTC(), JSON,
					VALIDATOR);

			// the first send also makes the producer, which a running service has made
			// long before
			assertThatThrownBy(() -> beacon.view(new PageView("article-0", "visitor-0"), null, browser()))
				.isInstanceOf(ErrorResponseException.class);

			long started = System.nanoTime();
			assertThatThrownBy(() -> beacon.view(new PageView("article-1", "visitor-1"), null, browser()))
				.isInstanceOfSatisfying(ErrorResponseException.class, ex -> {
					assertThat(ex.getStatusCode().value()).isEqualTo(503);
					assertThat(ex.getHeaders().getFirst("Retry-After")).isEqualTo("5");
				});
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("never a hang")
				.isLessThan(ViewBeaconController.ACCEPT_WITHIN.plusMillis(500));
		}
		finally {
			nowhere.destroy();
		}
	}

	@Test
	void aBrokerThatDoesNotAcknowledgeGets503AfterOneSecondNotAHang() {
		var silent = new MockProducer<>(false, null, new StringSerializer(), new StringSerializer());
		var events = new EventPublisher(
				EventWiring.builder().produces(Topics.VIEWS, TopicKind.STREAM, "article id", PageViewed.TYPE).build(),
				new CloudEvents(JsonMapper.builder().build(), "test"), new KafkaTemplate<>(() -> silent));
		var beacon = new ViewBeaconController(events, new Visitors("key"), BotsTest.BOTS, Clock.systemUTC(), JSON,
				VALIDATOR);

		long started = System.nanoTime();
		assertThatThrownBy(() -> beacon.view(new PageView("article-1", "visitor-1"), null, browser()))
			.isInstanceOfSatisfying(ErrorResponseException.class,
					ex -> assertThat(ex.getStatusCode().value()).isEqualTo(503));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(ViewBeaconController.ACCEPT_WITHIN,
				ViewBeaconController.ACCEPT_WITHIN.plusMillis(500));
		assertThat(silent.history()).as("sent, but never acknowledged").hasSize(1);
	}

}
