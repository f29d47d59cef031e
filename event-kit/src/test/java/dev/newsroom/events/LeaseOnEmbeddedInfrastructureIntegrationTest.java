package dev.newsroom.events;

import dev.newsroom.testsupport.Infrastructure;

class LeaseOnEmbeddedInfrastructureIntegrationTest extends LeaseIntegrationTest {

	@Override
	Infrastructure infrastructure() {
		return Infrastructure.embedded();
	}

}
