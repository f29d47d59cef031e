package dev.newsroom.gateway.routing;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One breaker per route. Only failures to get an answer count (refused connections,
 * timeouts), not a service's own 4xx or 5xx answers, which pass through unchanged. After
 * half of the last 20 calls failed, the breaker answers at once for 10 s instead of
 * letting every request wait on a dead service. No route retries: a retried POST could
 * create an article or upload a photo twice.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CircuitBreakerConfiguration.class);

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakerDefaults(
			@Value("${newsroom.routes.timeout:30s}") Duration timeout) {
		return factory -> {
			factory
				.configureDefault(id -> new Resilience4JConfigBuilder(id)
					.circuitBreakerConfig(CircuitBreakerConfig.custom()
						.slidingWindowSize(20)
						.minimumNumberOfCalls(10)
						.failureRateThreshold(50)
						.waitDurationInOpenState(Duration.ofSeconds(10))
						.permittedNumberOfCallsInHalfOpenState(3)
						.build())
					.timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(timeout).build())
					.build());
			factory.getCircuitBreakerRegistry()
				.getEventPublisher()
				.onEntryAdded(added -> added.getAddedEntry()
					.getEventPublisher()
					.onStateTransition(event -> log.warn("Circuit breaker {}: {}", event.getCircuitBreakerName(),
							event.getStateTransition())));
		};
	}

}
