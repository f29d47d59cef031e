package dev.newsroom.stack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The gateway signs tokens with the private key; every service checks them with the
 * public one. The pair is made once and kept, so that tokens survive a restart of the
 * stack.
 */
record JwtKeys(Path privateKey, Path publicKey) {

	static JwtKeys ensure(Path directory) {
		JwtKeys keys = new JwtKeys(directory.resolve("jwt-private.pem"), directory.resolve("jwt-public.pem"));
		if (!Files.isRegularFile(keys.privateKey()) || !Files.isRegularFile(keys.publicKey())) {
			keys.generate();
		}
		return keys;
	}

	private void generate() {
		KeyPair pair = rsa2048();
		// getEncoded() gives PKCS#8 for the private and X.509 SubjectPublicKeyInfo for
		// the public key
		SecretFiles.write(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
		SecretFiles.write(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
	}

	private static KeyPair rsa2048() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has RSA", ex);
		}
	}

	private static String pem(String type, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
	}

}
