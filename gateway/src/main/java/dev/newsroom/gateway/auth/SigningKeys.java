package dev.newsroom.gateway.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.util.StringUtils;

/**
 * The RSA key pair that signs tokens, as a JWK whose {@code kid} is its RFC 7638
 * thumbprint: the same key always has the same id, so a service that cached the JWK set
 * before a restart still finds it.
 */
final class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private SigningKeys() {
	}

	static RSAKey load(JwtProperties properties, ResourceLoader resources) {
		boolean hasPrivate = StringUtils.hasText(properties.privateKeyLocation());
		boolean hasPublic = StringUtils.hasText(properties.publicKeyLocation());
		if (!hasPrivate && !hasPublic) {
			log.warn("No JWT signing key is configured: using a key pair made for this run only, so tokens will "
					+ "not survive a restart and services must fetch the key from /.well-known/jwks.json. Set "
					+ "NEWSROOM_JWT_PRIVATE_KEY_LOCATION and NEWSROOM_JWT_PUBLIC_KEY_LOCATION to keep one.");
			return ephemeral();
		}
		if (hasPrivate != hasPublic) {
			throw new IllegalStateException("Set both newsroom.jwt.private-key-location and "
					+ "newsroom.jwt.public-key-location (NEWSROOM_JWT_PRIVATE_KEY_LOCATION, "
					+ "NEWSROOM_JWT_PUBLIC_KEY_LOCATION), or neither");
		}
		RSAPrivateKey privateKey = read(resources.getResource(properties.privateKeyLocation()),
				RsaKeyConverters.pkcs8());
		RSAPublicKey publicKey = read(resources.getResource(properties.publicKeyLocation()), RsaKeyConverters.x509());
		if (!publicKey.getModulus().equals(privateKey.getModulus())) {
			// tokens signed with a key the services do not trust would fail only at the
			// first request
			throw new IllegalStateException("The JWT public key at " + properties.publicKeyLocation()
					+ " does not belong to the private key at " + properties.privateKeyLocation());
		}
		return jwk(publicKey, privateKey);
	}

	static RSAKey ephemeral() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var pair = generator.generateKeyPair();
			return jwk((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has RSA", ex);
		}
	}

	static RSAKey jwk(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
		try {
			return new RSAKey.Builder(publicKey).privateKey(privateKey)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint()
				.build();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot compute the key id", ex);
		}
	}

	private static <K> K read(Resource resource, Converter<InputStream, K> converter) {
		if (!resource.exists()) {
			throw new IllegalStateException("No JWT key at " + resource.getDescription());
		}
		try (InputStream pem = resource.getInputStream()) {
			return converter.convert(pem);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the JWT key at " + resource.getDescription(), ex);
		}
	}

}
