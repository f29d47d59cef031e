package dev.newsroom.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The passwords of the gateway's users. One set in the environment wins; otherwise one is
 * generated on the first start and kept in a file only the owner can read, so that a
 * restart does not lock editors out and no password is ever a default anyone could guess.
 */
record Credentials(Map<String, String> passwords) {

	static final List<String> USERS = List.of("editor", "publisher", "admin");

	private static final SecureRandom random = new SecureRandom();

	static Credentials ensure(Path file, Map<String, String> environment) {
		Properties kept = load(file);
		boolean generated = false;
		Map<String, String> passwords = new LinkedHashMap<>();
		for (String user : USERS) {
			String fromEnvironment = environment.get(environmentVariable(user));
			if (fromEnvironment != null && !fromEnvironment.isBlank()) {
				passwords.put(user, fromEnvironment);
				continue;
			}
			String password = kept.getProperty(user);
			if (password == null || password.isBlank()) {
				password = generatePassword();
				kept.setProperty(user, password);
				generated = true;
			}
			passwords.put(user, password);
		}
		if (generated) {
			store(file, kept);
		}
		return new Credentials(Map.copyOf(passwords));
	}

	static String environmentVariable(String user) {
		return "NEWSROOM_" + user.toUpperCase(Locale.ROOT) + "_PASSWORD";
	}

	String password(String user) {
		String password = passwords.get(user);
		if (password == null) {
			throw new IllegalArgumentException("No user '" + user + "'; the users are " + USERS);
		}
		return password;
	}

	/**
	 * 15 random bytes make 20 URL-safe characters: nothing to escape in JSON or a shell.
	 */
	private static String generatePassword() {
		byte[] bytes = new byte[15];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static Properties load(Path file) {
		Properties properties = new Properties();
		if (Files.isRegularFile(file)) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + file + ": " + ex.getMessage(), ex);
			}
		}
		return properties;
	}

	private static void store(Path file, Properties passwords) {
		StringBuilder content = new StringBuilder(
				"# Generated passwords of the local stack's users; environment variables like "
						+ environmentVariable(USERS.get(0)) + " override them.\n");
		for (String user : USERS) {
			if (passwords.getProperty(user) != null) {
				content.append(user).append('=').append(passwords.getProperty(user)).append('\n');
			}
		}
		SecretFiles.write(file, content.toString());
	}

}
