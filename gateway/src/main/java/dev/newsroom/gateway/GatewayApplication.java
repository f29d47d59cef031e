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
	 * turn waits a whole time slice: with one loop a core, cached reads at 64 connections
	 * went from 24,000-34,000 to 35,000-49,000 a second and their 99th percentile from
	 * 12-61 ms to 8-18 ms (four runs each, alternating). Set before Netty starts; an
	 * operator's {@code -Dreactor.netty.ioWorkerCount} still decides.
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
