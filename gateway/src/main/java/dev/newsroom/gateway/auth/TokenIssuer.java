package dev.newsroom.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Signs the access token of a user: subject, {@code roles} (the claim every service turns
 * into authorities), issuer and lifetime. The header names the key, so a service holding
 * the JWK set picks the right one.
 */
class TokenIssuer {

	private final JwtEncoder encoder;

	private final String keyId;

	private final String issuer;

	private final Duration ttl;

	private final Clock clock;

	TokenIssuer(JwtEncoder encoder, String keyId, String issuer, Duration ttl, Clock clock) {
		this.encoder = encoder;
		this.keyId = keyId;
		this.issuer = issuer;
		this.ttl = ttl;
		this.clock = clock;
	}

	IssuedToken issue(LocalUsers.User user) {
		// a JWT counts whole seconds; truncating keeps expires_in exactly what the token
		// says
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(issuer)
			.subject(user.username())
			.claim("roles", user.roles())
			.issuedAt(now)
			.expiresAt(now.plus(ttl))
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).type("JWT").build();
		String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new IssuedToken(token, ttl.toSeconds());
	}

	record IssuedToken(String value, long expiresInSeconds) {
	}

}
