package dev.newsroom.defaults.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every service checks the bearer token itself, so a request that reaches a service port
 * directly gets no more rights than through the gateway. Admin paths need a valid token
 * of an editor (checked before the request body is even read); each admin operation names
 * any further role it needs with {@code @PreAuthorize}. Everything else is public and
 * read-only by the services' own design.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityDefaults {

	@Bean
	SecurityFilterChain newsroomSecurity(HttpSecurity http, JsonMapper json) throws Exception {
		var problems = new ProblemSecurityResponses(json);
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(
					requests -> requests.requestMatchers("/api/admin/**").hasRole("EDITOR").anyRequest().permitAll())
			.oauth2ResourceServer(
					resourceServer -> resourceServer.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
						.authenticationEntryPoint(problems)
						.accessDeniedHandler(problems))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
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

	/**
	 * The token's {@code roles} claim, e.g. {@code ["EDITOR","PUBLISHER"]}, becomes ROLE_
	 * authorities.
	 */
	static JwtAuthenticationConverter rolesFromClaim() {
		var authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName("roles");
		authorities.setAuthorityPrefix("ROLE_");
		var converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

}
