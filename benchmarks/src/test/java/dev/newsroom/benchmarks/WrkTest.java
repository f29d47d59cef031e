package dev.newsroom.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WrkTest {

	@Test
	void readsTheRateThePercentilesInMillisecondsAndEveryFailedRequest() {
		List<String> output = List.of("Running 10s test @ http://localhost:8083", "  1 threads and 4 connections",
				"  Thread Stats   Avg      Stdev     Max   +/- Stdev",
				"    Latency     1.21ms    2.80ms  58.28ms   91.25%", "  Latency Distribution", "     50%  596.00us",
				"     75%    1.19ms", "     90%    2.02ms", "     99%    1.05s",
				"  29904 requests in 10.00s, 9.72MB read", "  Socket errors: connect 0, read 1, write 0, timeout 2",
				"  Non-2xx or 3xx responses: 3", "Requests/sec:   2990.79", "Transfer/sec:    995.31KB");

		Wrk.Figures figures = Wrk.figures(output);

		assertThat(figures.rate()).isCloseTo(2990.79, within(0.001));
		assertThat(figures.p50Millis()).isCloseTo(0.596, within(0.0001));
		assertThat(figures.p99Millis()).isCloseTo(1050, within(0.001));
		// answered with an error, and not answered at all
		assertThat(figures.failed()).isEqualTo(6);
	}

	@Test
	void anOutputWithoutTheDistributionIsAFailureNotAFigure() {
		assertThatThrownBy(() -> Wrk.figures(List.of("Requests/sec:   2990.79")))
			.hasMessageContaining("the latency distribution");
	}

}
