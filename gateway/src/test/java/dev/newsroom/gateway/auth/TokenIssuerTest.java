package dev.newsroom.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenIssuerTest {

	static final RSAKey KEY = SigningKeys.ephemeral();

	final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	final TokenIssuer issuer = new TokenIssuer(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(KEY))),
			KEY.getKeyID(), "newsroom", Duration.ofMinutes(30), Clock.fixed(now.plusMillis(700), ZoneOffset.UTC));

	@Test
	void theTokenCarriesTheUserTheirRolesAndItsLifetime() throws JOSEException {
		var token = issuer.issue(new LocalUsers.User("publisher", List.of("EDITOR", "PUBLISHER")));

		Jwt jwt = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build().decode(token.value());
		assertThat(jwt.getSubject()).isEqualTo("publisher");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("EDITOR", "PUBLISHER");
		assertThat(jwt.getClaimAsString("iss")).isEqualTo("newsroom");
		assertThat(jwt.getIssuedAt()).isEqualTo(now);
		assertThat(jwt.getExpiresAt()).isEqualTo(now.plus(Duration.ofMinutes(30)));
		assertThat(token.expiresInSeconds()).isEqualTo(1800);
		assertThat(jwt.getHeaders()).containsEntry("alg", "RS256").containsEntry("kid", KEY.getKeyID());
	}

	@Test
	void aUserWithoutRolesGetsAnEmptyRolesClaim() throws JOSEException {
		var token = issuer.issue(new LocalUsers.User("reader", List.of()));

		Jwt jwt = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build().decode(token.value());
		assertThat(jwt.getClaimAsStringList("roles")).isEmpty();
	}

	@Test
	void anotherKeyDoesNotVerifyTheToken() throws JOSEException {
		var token = issuer.issue(new LocalUsers.User("editor", List.of("EDITOR")));
		var otherKey = SigningKeys.ephemeral().toRSAPublicKey();

		assertThatThrownBy(() -> NimbusJwtDecoder.withPublicKey(otherKey).build().decode(token.value()))
			.isInstanceOf(BadJwtException.class);
	}

}
