package dev.newsroom.events.outbox;

import dev.newsroom.testsupport.Infrastructure;

class OutboxLeaseOnEmbeddedInfrastructureIntegrationTest extends OutboxLeaseIntegrationTest {

	@Override
	Infrastructure infrastructure() {
		return Infrastructure.embedded();
	}

}
