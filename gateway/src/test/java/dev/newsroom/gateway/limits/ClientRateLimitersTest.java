package dev.newsroom.gateway.limits;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRateLimitersTest {

	@Test
	void eachClientHasABudgetOfItsOwn() {
		var limiters = new ClientRateLimiters(RateLimits.config(2, Duration.ofHours(1)), 100);

		assertThat(limiters.tryAcquire("192.0.2.1")).isTrue();
		assertThat(limiters.tryAcquire("192.0.2.1")).isTrue();
		assertThat(limiters.tryAcquire("192.0.2.1")).as("third request of the period").isFalse();

		assertThat(limiters.tryAcquire("192.0.2.2")).as("another client").isTrue();
		assertThat(limiters.tryAcquire("192.0.2.2")).isTrue();
		assertThat(limiters.tryAcquire("192.0.2.1")).as("the first client is still limited").isFalse();
	}

	@Test
	void forgetsTheClientSeenLeastRecentlyBeyondTheBound() {
		var limiters = new ClientRateLimiters(RateLimits.config(1, Duration.ofHours(1)), 2);
		limiters.tryAcquire("flooding");
		limiters.tryAcquire("quiet");

		assertThat(limiters.tryAcquire("flooding")).isFalse();
		limiters.tryAcquire("newcomer");

		assertThat(limiters.clients()).isEqualTo(2);
		assertThat(limiters.tryAcquire("flooding")).as("seen recently, so still remembered and limited").isFalse();
		assertThat(limiters.tryAcquire("quiet")).as("forgotten, so a full budget again").isTrue();
		assertThat(limiters.clients()).isEqualTo(2);
	}

}
