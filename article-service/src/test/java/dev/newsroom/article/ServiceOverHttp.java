package dev.newsroom.article;

import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on the embedded broker and MongoDB-wire server, reached over HTTP:
 * what a feature's integration test extends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceOverHttp {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		Infrastructure.embedded().register(registry);
	}

	@LocalServerPort
	int port;

	protected TestHttp http;

	@BeforeEach
	void connect() {
		http = new TestHttp("http://localhost:" + port);
	}

}
