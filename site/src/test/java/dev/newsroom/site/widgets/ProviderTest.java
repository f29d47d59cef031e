package dev.newsroom.site.widgets;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProviderTest {

	private static final Duration TIMEOUT = Duration.ofMillis(700);

	static FakeProvider fake;

	@BeforeAll
	static void start() throws IOException {
		fake = new FakeProvider();
	}

	@AfterAll
	static void stop() throws IOException {
		fake.close();
	}

	private static Provider provider() {
		return new Provider("test", TIMEOUT, 64 * 1024, Duration.ofMillis(20), Duration.ofMinutes(1));
	}

	@Test
	void aGoodAnswerIsItsBody() throws ProviderException {
		fake.mode = FakeProvider.Mode.GOOD;
		try (Provider provider = provider()) {
			assertThat(new String(provider.get(fake.url("/rates.xml")))).contains("US DOLLAR");
		}
	}

	@ParameterizedTest
	@EnumSource(value = FakeProvider.Mode.class, names = { "ERROR_500", "HUGE", "SLOW" })
	void aFailingProviderIsAFailureWithinItsTimeLimitsAfterThreeTries(FakeProvider.Mode mode) {
		fake.mode = mode;
		int before = fake.requests.get();
		long started = System.nanoTime();
		try (Provider provider = provider()) {
			assertThatThrownBy(() -> provider.get(fake.url("/rates.xml"))).isInstanceOf(ProviderException.class);
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		// three attempts of at most the time limit each, and two short pauses
		assertThat(took).isLessThan(TIMEOUT.multipliedBy(3).plusSeconds(1));
		assertThat(fake.requests.get() - before).isEqualTo(3);
	}

	@Test
	void aFailedTlsHandshakeIsAFailureNotAnError() {
		try (Provider provider = provider()) {
			assertThatThrownBy(() -> provider.get(fake.failingTls())).isInstanceOf(ProviderException.class);
		}
	}

	@Test
	void anUnreachableProviderIsAFailure() {
		try (Provider provider = provider()) {
			assertThatThrownBy(() -> provider.get(URI.create("http://127.0.0.1:9/rates.xml")))
				.isInstanceOf(ProviderException.class);
		}
	}

	@Test
	void afterRepeatedFailuresTheBreakerLeavesTheProviderAlone() {
		fake.mode = FakeProvider.Mode.ERROR_500;
		try (Provider provider = provider()) {
			assertThatThrownBy(() -> provider.get(fake.url("/rates.xml"))).isInstanceOf(ProviderException.class);
			assertThatThrownBy(() -> provider.get(fake.url("/rates.xml"))).isInstanceOf(ProviderException.class);
			assertThat(provider.state()).isEqualTo(CircuitBreaker.State.OPEN);
			int before = fake.requests.get();

			assertThatThrownBy(() -> provider.get(fake.url("/rates.xml"))).isInstanceOf(ProviderException.class);

			assertThat(fake.requests.get()).as("not asked while the breaker is open").isEqualTo(before);
		}
	}

}
