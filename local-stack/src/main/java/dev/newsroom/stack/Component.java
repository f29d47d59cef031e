package dev.newsroom.stack;

import java.util.Arrays;
import java.util.List;

/** The processes of the stack, infrastructure first: the order they start in. */
enum Component {

	KAFKA("kafka"), ARTICLE_MONGO("article-mongo"), MEDIA_MONGO("media-mongo"),
	VIEW_COUNTER_MONGO("view-counter-mongo"), ARTICLE_SERVICE("article-service"), MEDIA_SERVICE("media-service"),
	VIEW_COUNTER_SERVICE("view-counter-service"), GATEWAY("gateway");

	private final String processName;

	Component(String processName) {
		this.processName = processName;
	}

	String processName() {
		return processName;
	}

	boolean isInfrastructure() {
		return ordinal() <= VIEW_COUNTER_MONGO.ordinal();
	}

	static List<Component> infrastructure() {
		return Arrays.stream(values()).filter(Component::isInfrastructure).toList();
	}

	static List<Component> services() {
		return Arrays.stream(values()).filter(component -> !component.isInfrastructure()).toList();
	}

	int port(Ports ports) {
		return switch (this) {
			case KAFKA -> ports.kafka();
			case ARTICLE_MONGO -> ports.articleMongo();
			case MEDIA_MONGO -> ports.mediaMongo();
			case VIEW_COUNTER_MONGO -> ports.viewCounterMongo();
			case ARTICLE_SERVICE -> ports.articleService();
			case MEDIA_SERVICE -> ports.mediaService();
			case VIEW_COUNTER_SERVICE -> ports.viewCounterService();
			case GATEWAY -> ports.gateway();
		};
	}

	HealthProbe probe(Ports ports) {
		return switch (this) {
			case KAFKA -> new HealthProbe.KafkaCluster(ports.kafka());
			case ARTICLE_MONGO, MEDIA_MONGO, VIEW_COUNTER_MONGO -> new HealthProbe.Tcp(port(ports));
			default -> new HealthProbe.ActuatorHealth(port(ports));
		};
	}

}
