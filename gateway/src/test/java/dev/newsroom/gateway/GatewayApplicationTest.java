package dev.newsroom.gateway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.netty.ReactorNetty;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayApplicationTest {

	private String before;

	@BeforeEach
	void remember() {
		before = System.getProperty(ReactorNetty.IO_WORKER_COUNT);
	}

	@AfterEach
	void restore() {
		if (before == null) {
			System.clearProperty(ReactorNetty.IO_WORKER_COUNT);
		}
		else {
			System.setProperty(ReactorNetty.IO_WORKER_COUNT, before);
		}
	}

	@Test
	void runsOneEventLoopPerCore() {
		System.clearProperty(ReactorNetty.IO_WORKER_COUNT);

		GatewayApplication.oneEventLoopPerCore();

		assertThat(System.getProperty(ReactorNetty.IO_WORKER_COUNT))
			.isEqualTo(Integer.toString(Runtime.getRuntime().availableProcessors()));
	}

	@Test
	void anOperatorsCountStillDecides() {
		System.setProperty(ReactorNetty.IO_WORKER_COUNT, "7");

		GatewayApplication.oneEventLoopPerCore();

		assertThat(System.getProperty(ReactorNetty.IO_WORKER_COUNT)).isEqualTo("7");
	}

}
