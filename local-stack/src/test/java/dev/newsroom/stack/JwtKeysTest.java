package dev.newsroom.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class JwtKeysTest {

	@TempDir
	Path directory;

	@Test
	void generatesAnRsaPairInThePemFormsSpringReads() throws Exception {
		JwtKeys keys = JwtKeys.ensure(directory);

		String privatePem = Files.readString(keys.privateKey());
		String publicPem = Files.readString(keys.publicKey());
		assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
		assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
		KeyFactory rsa = KeyFactory.getInstance("RSA");
		RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privatePem)));
		RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(der(publicPem)));
		assertThat(publicKey.getModulus().bitLength()).isEqualTo(2048);
		assertThat(privateKey.getModulus()).isEqualTo(publicKey.getModulus());
	}

	@Test
	void onlyTheOwnerCanReadThePrivateKey() throws Exception {
		JwtKeys keys = JwtKeys.ensure(directory);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.privateKey())))
			.isEqualTo("rw-------");
	}

	@Test
	void keepsThePairOnLaterStartsSoThatIssuedTokensStayValid() throws Exception {
		JwtKeys first = JwtKeys.ensure(directory);
		String privatePem = Files.readString(first.privateKey());
		String publicPem = Files.readString(first.publicKey());

		JwtKeys again = JwtKeys.ensure(directory);

		assertThat(Files.readString(again.privateKey())).isEqualTo(privatePem);
		assertThat(Files.readString(again.publicKey())).isEqualTo(publicPem);
	}

	@Test
	void makesANewPairWhenHalfOfItIsMissing() throws Exception {
		JwtKeys first = JwtKeys.ensure(directory);
		String publicPem = Files.readString(first.publicKey());
		Files.delete(first.privateKey());

		JwtKeys again = JwtKeys.ensure(directory);

		assertThat(Files.readString(again.publicKey())).isNotEqualTo(publicPem);
	}

	private static byte[] der(String pem) {
		return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
	}

}
