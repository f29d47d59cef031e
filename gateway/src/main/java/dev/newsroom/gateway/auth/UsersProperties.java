package dev.newsroom.gateway.auth;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local users who may ask for a token, by username:
 * {@code newsroom.users.<name>.password} and {@code .roles}. For production a real
 * identity provider takes their place.
 */
@ConfigurationProperties("newsroom")
record UsersProperties(Map<String, Account> users) {

	record Account(String password, List<String> roles) {
	}

}
