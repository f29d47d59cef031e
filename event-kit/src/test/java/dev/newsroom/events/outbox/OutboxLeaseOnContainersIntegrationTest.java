package dev.newsroom.events.outbox;

import dev.newsroom.testsupport.Infrastructure;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same tests against real MongoDB and Kafka; skipped where Docker does not run. */
@Testcontainers(disabledWithoutDocker = true)
class OutboxLeaseOnContainersIntegrationTest extends OutboxLeaseIntegrationTest {

	@Override
	Infrastructure infrastructure() {
		return Infrastructure.containers();
	}

}
