package dev.newsroom.gateway.auth;

import dev.newsroom.web.TokenRoles;
import dev.newsroom.web.reactive.ProblemResponses;
import dev.newsroom.web.reactive.ProblemSecurityResponses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The gateway turns away admin requests without a valid editor's token before they reach
 * a service; each service checks the token again and decides the finer roles. Public
 * paths pass anonymously. The Authorization header goes on to the service untouched.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
			ProblemResponses problemResponses) {
		var problems = new ProblemSecurityResponses(problemResponses);
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			// the services say what may be cached; the gateway must not overrule them
			.headers(headers -> headers.cache(cache -> cache.disable()))
			.authorizeExchange(
					exchanges -> exchanges.pathMatchers("/api/admin/**").hasRole("EDITOR").anyExchange().permitAll())
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt.jwtDecoder(jwtDecoder)
				.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(TokenRoles.fromRolesClaim())))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}

}
