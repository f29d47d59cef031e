package dev.newsroom.gateway.auth;

import java.time.Clock;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * One key pair signs the tokens the gateway issues and checks the tokens it receives, so
 * the gateway trusts exactly what it issued, whether the key comes from files or was made
 * at startup.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ JwtProperties.class, UsersProperties.class })
class AuthConfiguration {

	@Bean
	RSAKey jwtSigningKey(JwtProperties properties, ResourceLoader resources) {
		return SigningKeys.load(properties, resources);
	}

	@Bean
	JwtEncoder jwtEncoder(RSAKey jwtSigningKey) {
		return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwtSigningKey)));
	}

	@Bean
	ReactiveJwtDecoder jwtDecoder(RSAKey jwtSigningKey, JwtProperties properties) throws JOSEException {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(jwtSigningKey.toRSAPublicKey())
			.signatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
		return decoder;
	}

	@Bean
	TokenIssuer tokenIssuer(JwtEncoder jwtEncoder, RSAKey jwtSigningKey, JwtProperties properties) {
		return new TokenIssuer(jwtEncoder, jwtSigningKey.getKeyID(), properties.issuer(), properties.ttl(),
				Clock.systemUTC());
	}

	@Bean
	LocalUsers localUsers(UsersProperties properties) {
		return new LocalUsers(properties.users());
	}

}
