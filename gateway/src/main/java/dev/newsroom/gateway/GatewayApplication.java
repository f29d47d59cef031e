package dev.newsroom.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

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

}
