package dev.newsroom.article;

import dev.newsroom.testsupport.Infrastructure;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ArticleServiceOnEmbeddedInfrastructureIntegrationTest extends ArticleServiceIntegrationTest {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		Infrastructure.embedded().register(registry);
		topicsBeforeTheStart(Infrastructure.embedded());
	}

	@Override
	Infrastructure infrastructure() {
		return Infrastructure.embedded();
	}

}
