package dev.newsroom.viewcounter.ingest;

import java.time.Clock;
import java.util.Map;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.views.PageViewed;
import dev.newsroom.events.CloudEvents;
import dev.newsroom.events.EventPublisher;
import dev.newsroom.events.EventWiring;
import dev.newsroom.events.TopicKind;
import dev.newsroom.viewcounter.ingest.ViewBeaconController.PageView;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ViewBeaconControllerTest {

	@Test
	void withoutABrokerAViewIsRefusedWithServiceUnavailableNotAcceptedAndLost() {
		var nowhere = new DefaultKafkaProducerFactory<String, String>(Map.of("bootstrap.servers", "127.0.0.1:9",
				"max.block.ms", 500, "delivery.timeout.ms", 1000, "request.timeout.ms", 500), new StringSerializer(),
				new StringSerializer());
		try {
			var events = new EventPublisher(EventWiring.builder()
				.produces(Topics.VIEWS, TopicKind.STREAM, "article id", PageViewed.TYPE)
				.build(), new CloudEvents(JsonMapper.builder().build(), "test"), new KafkaTemplate<>(nowhere));
			var beacon = new ViewBeaconController(events, new VisitorHashing("key"), Clock.systemUTC());

			assertThatThrownBy(() -> beacon.view(new PageView("article-1", "visitor-1"), "Mozilla/5.0"))
				.isInstanceOfSatisfying(ErrorResponseException.class,
						ex -> org.assertj.core.api.Assertions.assertThat(ex.getStatusCode().value()).isEqualTo(503));
		}
		finally {
			nowhere.destroy();
		}
	}

}
