package dev.newsroom.web;

import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * The roles of Newsroom's tokens: the {@code roles} claim, e.g.
 * {@code ["EDITOR","PUBLISHER"]}, becomes {@code ROLE_} authorities. Which role a path or
 * an operation needs is each service's own rule.
 */
public final class TokenRoles {

	public static final String CLAIM = "roles";

	private TokenRoles() {
	}

	public static JwtAuthenticationConverter fromRolesClaim() {
		var authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName(CLAIM);
		authorities.setAuthorityPrefix("ROLE_");
		var converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

}
