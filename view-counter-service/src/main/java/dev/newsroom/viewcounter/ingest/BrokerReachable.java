package dev.newsroom.viewcounter.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.newsroom.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Whether the beacon can accept views: only while a broker answers and every partition of
 * {@code views.v1} has a leader. An instance that cannot reach Kafka says so on its
 * readiness probe, so that the gateway's health checks and an orchestrator send readers'
 * views to one that can, instead of 503s; its reads of counts go on meanwhile.
 */
@Component("ingestHealthIndicator")
class BrokerReachable extends AbstractHealthIndicator implements AutoCloseable {

	/** Well within a probe's timeout. */
	static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);

	/** None in an instance that does not ingest: it has no need of the broker here. */
	private final Admin admin;

	BrokerReachable(KafkaAdmin kafka, @Value("${newsroom.views.roles}") Set<String> roles) {
		super("Kafka health check failed");
		this.admin = roles.contains("ingest") ? Admin.create(kafka.getConfigurationProperties()) : null;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder)
			throws InterruptedException, ExecutionException, TimeoutException {
		if (admin == null) {
			builder.up().withDetail("beacon", "not a role of this instance");
			return;
		}
		var options = new DescribeTopicsOptions().timeoutMs((int) ANSWER_WITHIN.toMillis());
		TopicDescription views = admin.describeTopics(List.of(Topics.VIEWS), options)
			.allTopicNames()
			.get(ANSWER_WITHIN.toMillis() + 200, TimeUnit.MILLISECONDS)
			.get(Topics.VIEWS);
		long leaderless = views.partitions().stream().filter(partition -> partition.leader() == null).count();
		// a partition without a leader refuses the views of its articles
		(leaderless == 0 ? builder.up() : builder.down()).withDetail("partitions", views.partitions().size())
			.withDetail("withoutLeader", leaderless);
	}

	/** Spring calls it when the application stops. */
	@Override
	public void close() {
		if (admin != null) {
			admin.close(Duration.ZERO);
		}
	}

}
