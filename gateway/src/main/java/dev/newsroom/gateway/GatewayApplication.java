package dev.newsroom.gateway;

import dev.newsroom.web.reactive.ProblemResponses;
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
		SpringApplication.run(GatewayApplication.class, args);
	}

	/** For the answers the gateway gives before any controller runs: 401, 403, 429. */
	@Bean
	ProblemResponses problemResponses(JsonMapper json) {
		return new ProblemResponses(json);
	}

}
