package dev.newsroom.gateway.auth;

import java.time.Duration;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public half of the signing key as a JWK set, for services configured with
 * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} instead of a key file.
 */
@RestController
class JwksController {

	private final Map<String, Object> jwkSet;

	JwksController(RSAKey signingKey) {
		this.jwkSet = new JWKSet(signingKey.toPublicJWK()).toJSONObject();
	}

	@GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> jwks() {
		// short enough that a service notices a new key soon after a restart with another
		// one
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(jwkSet);
	}

}
