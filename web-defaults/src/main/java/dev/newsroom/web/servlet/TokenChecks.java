package dev.newsroom.web.servlet;

import dev.newsroom.web.TokenRoles;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * Every service checks the bearer token itself, so a request that reaches a service port
 * directly gets no more rights than through the gateway. What this sets up is the same
 * for every service: stateless, tokens with roles, problem documents for 401 and 403.
 * Which paths need which role is the service's own rule, added to the result:
 *
 * <pre>
 * tokens.applyTo(http)
 *     .authorizeHttpRequests(requests -&gt; requests.requestMatchers("/api/admin/**").hasRole("EDITOR")
 *         .anyRequest().permitAll())
 *     .build();
 * </pre>
 */
public final class TokenChecks {

	private final ProblemSecurityResponses problems;

	TokenChecks(ProblemSecurityResponses problems) {
		this.problems = problems;
	}

	public HttpSecurity applyTo(HttpSecurity http) throws Exception {
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.oauth2ResourceServer(resourceServer -> resourceServer
				.jwt(jwt -> jwt.jwtAuthenticationConverter(TokenRoles.fromRolesClaim()))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
	}

}
