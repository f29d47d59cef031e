package dev.newsroom.defaults;

import dev.newsroom.defaults.events.EventDefaults;
import dev.newsroom.defaults.health.MongoPingHealthIndicator;
import dev.newsroom.defaults.problem.ProblemDetailsAdvice;
import dev.newsroom.defaults.security.SecurityDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What every Newsroom service shares and no business rule: token checks with roles, RFC
 * 9457 problem responses, CloudEvents on Kafka with a dead-letter topic, and the outbox
 * relay's scheduling. A service imports it on its application class so the wiring stays
 * visible. Settings in {@code newsroom-defaults.properties} are defaults: a service's own
 * {@code application.yml} and the environment override them.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Import({ SecurityDefaults.class, ProblemDetailsAdvice.class, EventDefaults.class })
@PropertySource("classpath:newsroom-defaults.properties")
public class ServiceDefaults {

	@Bean
	MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
		return new MongoPingHealthIndicator(mongo);
	}

}
