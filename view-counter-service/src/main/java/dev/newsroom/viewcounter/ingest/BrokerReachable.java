package dev.newsroom.viewcounter.ingest;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Whether the beacon can accept views: only while a broker answers. An instance that
 * cannot reach Kafka says so on its readiness probe, so that the gateway's health checks
 * and an orchestrator send readers' views to one that can, instead of 503s; its reads of
 * counts go on meanwhile.
 */
@Component("ingestHealthIndicator")
class BrokerReachable extends AbstractHealthIndicator {

	/** Well within a probe's timeout. */
	static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);

	private final Admin admin;

	private final boolean ingests;

	BrokerReachable(KafkaAdmin kafka, @Value("${newsroom.views.roles}") Set<String> roles) {
		super("Kafka health check failed");
		this.admin = Admin.create(kafka.getConfigurationProperties());
		this.ingests = roles.contains("ingest");
	}

	@Override
	protected void doHealthCheck(Health.Builder builder)
			throws InterruptedException, ExecutionException, TimeoutException {
		if (!ingests) {
			builder.up().withDetail("beacon", "not a role of this instance");
			return;
		}
		var options = new DescribeClusterOptions().timeoutMs((int) ANSWER_WITHIN.toMillis());
		int brokers = admin.describeCluster(options)
			.nodes()
			.get(ANSWER_WITHIN.toMillis() + 200, TimeUnit.MILLISECONDS)
			.size();
		builder.up().withDetail("brokers", brokers);
	}

	@PreDestroy
	void close() {
		admin.close(Duration.ZERO);
	}

}
