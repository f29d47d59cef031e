package dev.newsroom.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The passwords of the gateway's users, the key view-counter-service hashes visitor ids
 * with, and the one comment-service signs its challenges with. One set in the environment
 * wins; otherwise one is generated on the first start and kept in a file only the owner
 * can read, so that a restart neither locks editors out nor makes returning visitors look
 * new, and no secret is ever a default anyone could guess.
 */
record Credentials(Map<String, String> passwords, String visitorKey, String commentsKey) {

	static final List<String> USERS = List.of("editor", "publisher", "admin");

	static final String VISITOR_KEY_VARIABLE = "NEWSROOM_VIEWS_VISITOR_KEY";

	private static final String VISITOR_KEY_PROPERTY = "views.visitor-key";

	static final String COMMENTS_KEY_VARIABLE = "NEWSROOM_COMMENTS_KEY";

	private static final String COMMENTS_KEY_PROPERTY = "comments.key";

	private static final SecureRandom random = new SecureRandom();

	static Credentials ensure(Path file, Map<String, String> environment) {
		Properties kept = load(file);
		Properties before = (Properties) kept.clone();
		Map<String, String> passwords = new LinkedHashMap<>();
		for (String user : USERS) {
			// 20 URL-safe characters: nothing to escape in JSON or a shell
			passwords.put(user, secret(kept, user, environment.get(environmentVariable(user)), 15));
		}
		// as many bits as the HMAC-SHA256 it keys
		String visitorKey = secret(kept, VISITOR_KEY_PROPERTY, environment.get(VISITOR_KEY_VARIABLE), 32);
		String commentsKey = secret(kept, COMMENTS_KEY_PROPERTY, environment.get(COMMENTS_KEY_VARIABLE), 32);
		if (!kept.equals(before)) {
			store(file, kept);
		}
		return new Credentials(Map.copyOf(passwords), visitorKey, commentsKey);
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

	/** The environment's value, else the kept one, else a new one that is kept. */
	private static String secret(Properties kept, String name, String fromEnvironment, int randomBytes) {
		if (fromEnvironment != null && !fromEnvironment.isBlank()) {
			return fromEnvironment;
		}
		String secret = kept.getProperty(name);
		if (secret == null || secret.isBlank()) {
			secret = generate(randomBytes);
			kept.setProperty(name, secret);
		}
		return secret;
	}

	private static String generate(int randomBytes) {
		byte[] bytes = new byte[randomBytes];
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

	private static void store(Path file, Properties secrets) {
		StringBuilder content = new StringBuilder("# Generated secrets of the local stack; environment variables like "
				+ environmentVariable(USERS.get(0)) + ", " + VISITOR_KEY_VARIABLE + " and " + COMMENTS_KEY_VARIABLE
				+ " override them.\n");
		List<String> names = new ArrayList<>(USERS);
		names.add(VISITOR_KEY_PROPERTY);
		names.add(COMMENTS_KEY_PROPERTY);
		for (String name : names) {
			if (secrets.getProperty(name) != null) {
				content.append(name).append('=').append(secrets.getProperty(name)).append('\n');
			}
		}
		SecretFiles.write(file, content.toString());
	}

}
