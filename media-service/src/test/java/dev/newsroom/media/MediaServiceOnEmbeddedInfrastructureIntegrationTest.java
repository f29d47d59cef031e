package dev.newsroom.media;

import dev.newsroom.testsupport.Infrastructure;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class MediaServiceOnEmbeddedInfrastructureIntegrationTest extends MediaServiceIntegrationTest {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		Infrastructure.embedded().register(registry);
	}

	@Override
	Infrastructure infrastructure() {
		return Infrastructure.embedded();
	}

}
