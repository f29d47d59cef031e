package dev.newsroom.gateway.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeysTest {

	final DefaultResourceLoader resources = new DefaultResourceLoader();

	@TempDir
	Path directory;

	@Test
	void withoutKeyFilesAKeyPairIsMadeForThisRun() {
		RSAKey key = SigningKeys.load(properties(null, null), resources);

		assertThat(key.isPrivate()).isTrue();
		assertThat(key.size()).isEqualTo(2048);
		assertThat(key.getKeyID()).isNotBlank();
		assertThat(SigningKeys.load(properties("", ""), resources).getKeyID()).isNotEqualTo(key.getKeyID());
	}

	@Test
	void pemFilesGiveTheSameKeyAndKeyIdEveryTime() throws Exception {
		RSAKey pair = SigningKeys.ephemeral();
		Path privateKey = write("private.pem", "PRIVATE KEY", pair.toPrivateKey().getEncoded());
		Path publicKey = write("public.pem", "PUBLIC KEY", pair.toPublicKey().getEncoded());

		RSAKey loaded = SigningKeys.load(properties(privateKey.toUri().toString(), publicKey.toUri().toString()),
				resources);

		assertThat(loaded.toRSAPublicKey()).isEqualTo(pair.toRSAPublicKey());
		assertThat(loaded.getKeyID()).isEqualTo(pair.getKeyID());
	}

	@Test
	void onlyOneOfTheTwoLocationsIsAMistake() throws Exception {
		Path publicKey = write("public.pem", "PUBLIC KEY", SigningKeys.ephemeral().toPublicKey().getEncoded());

		assertThatThrownBy(() -> SigningKeys.load(properties(null, publicKey.toUri().toString()), resources))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("private-key-location");
	}

	@Test
	void aPublicKeyOfAnotherPairIsRefused() throws Exception {
		Path privateKey = write("private.pem", "PRIVATE KEY", SigningKeys.ephemeral().toPrivateKey().getEncoded());
		RSAPublicKey stranger = SigningKeys.ephemeral().toRSAPublicKey();
		Path publicKey = write("public.pem", "PUBLIC KEY", stranger.getEncoded());

		assertThatThrownBy(() -> SigningKeys
			.load(properties(privateKey.toUri().toString(), publicKey.toUri().toString()), resources))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("does not belong");
	}

	@Test
	void aMissingKeyFileIsNamed() {
		String missing = directory.resolve("missing.pem").toUri().toString();

		assertThatThrownBy(() -> SigningKeys.load(properties(missing, missing), resources))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("missing.pem");
	}

	private static JwtProperties properties(String privateKeyLocation, String publicKeyLocation) {
		return new JwtProperties("newsroom", Duration.ofHours(1), privateKeyLocation, publicKeyLocation);
	}

	private Path write(String name, String type, byte[] der) throws IOException {
		String pem = "-----BEGIN " + type + "-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
		return Files.writeString(directory.resolve(name), pem);
	}

}
