package dev.newsroom.comment;

import dev.newsroom.testsupport.Infrastructure;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class CommentServiceOnEmbeddedInfrastructureIntegrationTest extends CommentServiceIntegrationTest {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		Infrastructure.embedded().register(registry);
		topicsOfOtherServices(Infrastructure.embedded());
	}

	@Override
	Infrastructure infrastructure() {
		return Infrastructure.embedded();
	}

}
