package dev.newsroom.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.StringUtils;

/**
 * Checks a username and password against the configured users. The answer takes the same
 * time whether the user exists or not and however much of the password is right, so
 * neither the answer nor its timing tells an attacker which usernames exist.
 */
class LocalUsers {

	private static final Logger log = LoggerFactory.getLogger(LocalUsers.class);

	private final Map<String, UsersProperties.Account> accounts;

	/**
	 * Compared against when there is no password to compare against, so that nothing
	 * matches it.
	 */
	private final byte[] unusable = digest(UUID.randomUUID().toString());

	LocalUsers(Map<String, UsersProperties.Account> accounts) {
		this.accounts = new TreeMap<>(accounts == null ? Map.of() : accounts);
		this.accounts.forEach((username, account) -> {
			if (!hasPassword(account)) {
				log.warn("User '{}' has no password (newsroom.users.{}.password, e.g. NEWSROOM_{}_PASSWORD) "
						+ "and cannot log in", username, username, username.toUpperCase(Locale.ROOT));
			}
		});
	}

	Optional<User> authenticate(String username, String password) {
		UsersProperties.Account account = accounts.get(username);
		boolean usable = account != null && hasPassword(account);
		byte[] expected = usable ? digest(account.password()) : unusable;
		// digests have one length, so isEqual takes the same time for any password given
		boolean matches = MessageDigest.isEqual(expected, digest(password));
		if (!usable || !matches) {
			return Optional.empty();
		}
		return Optional.of(new User(username, account.roles() == null ? List.of() : List.copyOf(account.roles())));
	}

	private static boolean hasPassword(UsersProperties.Account account) {
		return account != null && StringUtils.hasText(account.password());
	}

	private static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** Someone who proved who they are, with the roles their token will carry. */
	record User(String username, List<String> roles) {
	}

}
