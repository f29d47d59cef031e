package dev.newsroom.web.servlet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The HTTP side every servlet service shares: RFC 9457 problem documents for every error,
 * and {@link TokenChecks} for the service's own security rules, with
 * {@code @PreAuthorize} for the finer roles of each operation. A service imports it on
 * its application class. Settings in {@code newsroom-web.properties} are defaults that
 * {@code application.yml} and the environment override.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@Import(ProblemDetailsAdvice.class)
@PropertySource("classpath:newsroom-web.properties")
public class WebDefaults {

	/** First of all filters: not even security reads a body that is too large. */
	@Bean
	FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
			@Value("${newsroom.http.max-request-size:1MB}") DataSize max, JsonMapper json) {
		var registration = new FilterRegistrationBean<>(new RequestSizeLimit(max, json));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Text is text: {@code "title":123} or {@code "body":true} is a client's mistake,
	 * which Jackson would otherwise store as "123" and "true".
	 */
	@Bean
	JsonMapperBuilderCustomizer textIsNeverCoerced() {
		return builder -> builder.withCoercionConfig(LogicalType.Textual,
				text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

	/**
	 * No traces of Spring Security's own steps: with an observation registry present it
	 * wraps each filter of its chain, and each authentication and authorization, in an
	 * observation of its own, for every request. The server's observation of each request
	 * ({@code http.server.requests}) stays.
	 */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	TokenChecks tokenChecks(JsonMapper json) {
		return new TokenChecks(new ProblemSecurityResponses(json));
	}

	/**
	 * Tokens must come from Newsroom's issuer: where services trust a shared OIDC
	 * provider, a token it made for another application is refused even if it carries
	 * roles. Added to whichever decoder Boot configures (public key or JWK set), next to
	 * its signature and expiry checks.
	 */
	@Bean
	static BeanPostProcessor newsroomIssuerOnly(@Value("${newsroom.jwt.issuer:newsroom}") String issuer) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof NimbusJwtDecoder decoder) {
					decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
				}
				return bean;
			}
		};
	}

}
