package dev.newsroom.gateway;

import dev.newsroom.web.reactive.ProblemResponses;
import reactor.netty.ReactorNetty;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The one door of the system: routes visitors and editors to the services, issues
 * editors' tokens for local users and checks them, and answers for a service that is
 * down. Routes live in {@code application.yml}.
 */
@SpringBootApplication
public class GatewayApplication {

	public static void main(String[] args) {
		oneEventLoopPerCore();
		SpringApplication.run(GatewayApplication.class, args);
	}

	/**
	 * Reactor Netty runs at least four event loops, however few cores there are. On two
	 * cores, four busy loops take turns on them, and a reader whose loop waits for its
	 * turn waits a whole time slice. Cached reads at 64 connections, alternating four
	 * times, were faster with one loop a core every time: 22,000-49,000 a second against
	 * 12,600-34,000, with a 99th percentile of 8-23 ms against 12-73 ms. Set before Netty
	 * starts; an operator's {@code -Dreactor.netty.ioWorkerCount} still decides.
	 */
	static void oneEventLoopPerCore() {
		if (System.getProperty(ReactorNetty.IO_WORKER_COUNT) == null) {
			System.setProperty(ReactorNetty.IO_WORKER_COUNT,
					Integer.toString(Runtime.getRuntime().availableProcessors()));
		}
	}

	/** For the answers the gateway gives before any controller runs: 401, 403, 429. */
	@Bean
	ProblemResponses problemResponses(JsonMapper json) {
		return new ProblemResponses(json);
	}

}
