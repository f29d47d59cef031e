package dev.newsroom.gateway.routing;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquirePendingLimitException;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquireTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One breaker per route, opened only by the service failing: refused connections,
 * timeouts, and its 5xx answers (each route lists them). After half of the last 20 calls
 * failed, the breaker answers at once for 10 s instead of letting every request wait on a
 * dead service. The gateway's own limits are no failure of the service: a request that
 * finds every connection to the service busy, after a brief wait in the connection pool's
 * queue, gets a 503 with {@code Retry-After} and leaves the breaker as it was. (Spring
 * Cloud's default bulkhead of 25 calls without waiting, whose refusals counted as
 * failures, is off: 26 readers at once opened the breaker for everyone.)
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceInstances.class)
class CircuitBreakerConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CircuitBreakerConfiguration.class);

	/**
	 * @param timeout how long an exchange may take
	 * @param uploadTimeout how long an upload may take (route {@code media-uploads}): a
	 * 500 MB video from an office's connection takes minutes
	 */
	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakerDefaults(
			@Value("${newsroom.routes.timeout:30s}") Duration timeout,
			@Value("${newsroom.routes.upload-timeout:15m}") Duration uploadTimeout) {
		return factory -> {
			factory.configureDefault(id -> limited(new Resilience4JConfigBuilder(id), timeout).build());
			factory.configure(builder -> limited(builder, uploadTimeout), "media-uploads");
			factory.getCircuitBreakerRegistry()
				.getEventPublisher()
				.onEntryAdded(added -> added.getAddedEntry()
					.getEventPublisher()
					.onStateTransition(event -> log.warn("Circuit breaker {}: {}", event.getCircuitBreakerName(),
							event.getStateTransition())));
		};
	}

	private static Resilience4JConfigBuilder limited(Resilience4JConfigBuilder builder, Duration timeout) {
		return builder
			.circuitBreakerConfig(CircuitBreakerConfig.custom()
				.ignoreException(CircuitBreakerConfiguration::allConnectionsBusy)
				.slidingWindowSize(20)
				.minimumNumberOfCalls(10)
				.failureRateThreshold(50)
				.waitDurationInOpenState(Duration.ofSeconds(10))
				.permittedNumberOfCallsInHalfOpenState(3)
				.build())
			.timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(timeout).build());
	}

	/**
	 * Every connection to the service in use and the pool's queue full, or no connection
	 * freed within the queue's wait. (Reactor Netty ships its pool shaded, hence the
	 * package.)
	 */
	static boolean allConnectionsBusy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PoolAcquirePendingLimitException || cause instanceof PoolAcquireTimeoutException) {
				return true;
			}
		}
		return false;
	}

}
