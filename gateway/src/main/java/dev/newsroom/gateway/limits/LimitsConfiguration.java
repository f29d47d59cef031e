package dev.newsroom.gateway.limits;

import dev.newsroom.web.reactive.ProblemResponses;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
class LimitsConfiguration {

	@Bean
	RateLimits rateLimits(RateLimitSettings settings, ProblemResponses problems) {
		return new RateLimits(settings.rateLimits(), problems);
	}

	@Bean
	RequestSizeLimit requestSizeLimit(@Value("${newsroom.routes.max-request-size:1MB}") DataSize fallback,
			ProblemResponses problems) {
		return new RequestSizeLimit(fallback, problems);
	}

}
