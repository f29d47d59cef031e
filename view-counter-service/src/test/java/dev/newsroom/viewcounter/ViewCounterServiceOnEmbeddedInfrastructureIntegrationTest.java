package dev.newsroom.viewcounter;

import dev.newsroom.testsupport.Infrastructure;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ViewCounterServiceOnEmbeddedInfrastructureIntegrationTest extends ViewCounterServiceIntegrationTest {

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
