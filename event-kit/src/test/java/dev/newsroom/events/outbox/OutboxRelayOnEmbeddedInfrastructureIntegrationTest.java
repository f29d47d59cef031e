package dev.newsroom.events.outbox;

import dev.newsroom.testsupport.Infrastructure;

class OutboxRelayOnEmbeddedInfrastructureIntegrationTest extends OutboxRelayIntegrationTest {

	@Override
	Infrastructure infrastructure() {
		return Infrastructure.embedded();
	}

}
