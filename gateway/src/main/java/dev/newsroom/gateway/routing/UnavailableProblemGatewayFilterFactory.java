package dev.newsroom.gateway.routing;

import dev.newsroom.web.reactive.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The problem a client gets when the circuit breaker after this filter gives up, for
 * routes whose breaker has no {@code fallbackUri}: to forward a request to its fallback,
 * Spring Cloud Gateway keeps the request's whole body in memory from the start, which an
 * upload of hundreds of MB does not fit. Declared before the breaker, with the
 * {@code service} to name.
 */
@Component
class UnavailableProblemGatewayFilterFactory
		extends AbstractGatewayFilterFactory<UnavailableProblemGatewayFilterFactory.Config> {

	private static final Logger log = LoggerFactory.getLogger(UnavailableProblemGatewayFilterFactory.class);

	private final ProblemResponses problems;

	UnavailableProblemGatewayFilterFactory(ProblemResponses problems) {
		super(Config.class);
		this.problems = problems;
	}

	@Override
	public GatewayFilter apply(Config config) {
		return (exchange, chain) -> chain.filter(exchange).onErrorResume(failure -> {
			Unavailability unavailable = Unavailability.of(config.getService(), failure);
			log.debug("{} for {}: {}", unavailable.status(), config.getService(), failure.toString());
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds());
			return problems.write(exchange, unavailable.status(), unavailable.detail());
		});
	}

	/** The service the route leads to, as the problem names it. */
	static class Config {

		private String service;

		public String getService() {
			return service;
		}

		public void setService(String service) {
			this.service = service;
		}

	}

}
