package dev.newsroom.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs tokens the way the gateway does, with a key pair made for this test JVM; services
 * under test trust its public key through {@link Infrastructure#register}.
 */
public final class TestTokens {

	private static final KeyPair KEYS = newKeyPair();

	private static final KeyPair SOMEONE_ELSES_KEYS = newKeyPair();

	private static Path publicKeyFile;

	private TestTokens() {
	}

	/** An {@code Authorization} header value for a user with these roles. */
	public static String bearer(String username, String... roles) {
		return bearer(username, Instant.now().plusSeconds(600), roles);
	}

	public static String bearer(String username, Instant expiresAt, String... roles) {
		return sign(KEYS, "newsroom", username, expiresAt, roles);
	}

	/** A well-formed token signed with a key the services do not trust. */
	public static String forged(String username, String... roles) {
		return sign(SOMEONE_ELSES_KEYS, "newsroom", username, Instant.now().plusSeconds(600), roles);
	}

	/** A token signed with the trusted key, but by another issuer. */
	public static String fromIssuer(String issuer, String username, String... roles) {
		return sign(KEYS, issuer, username, Instant.now().plusSeconds(600), roles);
	}

	private static String sign(KeyPair keys, String issuer, String username, Instant expiresAt, String... roles) {
		var claims = new JWTClaimsSet.Builder().subject(username)
			.issuer(issuer)
			.issueTime(new Date())
			.expirationTime(Date.from(expiresAt))
			.claim("roles", List.of(roles))
			.build();
		var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		try {
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return "Bearer " + jwt.serialize();
	}

	/** A {@code file:} URL of the PEM public key that services under test trust. */
	public static synchronized String publicKeyLocation() {
		if (publicKeyFile == null) {
			try {
				publicKeyFile = Files.createTempFile("newsroom-test-jwt", ".pem");
				publicKeyFile.toFile().deleteOnExit();
				String pem = "-----BEGIN PUBLIC KEY-----\n"
						+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
						+ "\n-----END PUBLIC KEY-----\n";
				Files.writeString(publicKeyFile, pem);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return publicKeyFile.toUri().toString();
	}

	private static KeyPair newKeyPair() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
