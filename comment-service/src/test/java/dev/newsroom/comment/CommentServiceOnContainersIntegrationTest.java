package dev.newsroom.comment;

import dev.newsroom.testsupport.Infrastructure;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same tests against real MongoDB and Kafka; skipped where Docker does not run. */
@Testcontainers(disabledWithoutDocker = true)
class CommentServiceOnContainersIntegrationTest extends CommentServiceIntegrationTest {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		Infrastructure.containers().register(registry);
		topicsOfOtherServices(Infrastructure.containers());
	}

	@Override
	Infrastructure infrastructure() {
		return Infrastructure.containers();
	}

}
