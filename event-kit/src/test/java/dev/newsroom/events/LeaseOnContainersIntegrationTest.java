package dev.newsroom.events;

import dev.newsroom.testsupport.Infrastructure;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same tests against real MongoDB and Kafka; skipped where Docker does not run. */
@Testcontainers(disabledWithoutDocker = true)
class LeaseOnContainersIntegrationTest extends LeaseIntegrationTest {

	@Override
	Infrastructure infrastructure() {
		return Infrastructure.containers();
	}

}
