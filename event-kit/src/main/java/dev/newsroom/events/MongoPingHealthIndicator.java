package dev.newsroom.events;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Boot's MongoDB check sends {@code hello}, which the embedded MongoDB-wire server of the
 * local stack does not know; {@code ping} is answered by it and by real MongoDB alike.
 */
final class MongoPingHealthIndicator extends AbstractHealthIndicator {

	private final MongoTemplate mongo;

	MongoPingHealthIndicator(MongoTemplate mongo) {
		super("MongoDB health check failed");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document answer = mongo.executeCommand(new Document("ping", 1));
		builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
	}

}
