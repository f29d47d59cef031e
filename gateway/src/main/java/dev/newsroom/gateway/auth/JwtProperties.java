package dev.newsroom.gateway.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway signs tokens. The key locations are Spring resource locations
 * ({@code file:/…}, {@code classpath:…}) of a PKCS#8 private key and its X.509 public
 * key; with neither set, a key pair is made at startup.
 */
@ConfigurationProperties("newsroom.jwt")
record JwtProperties(@DefaultValue("newsroom") String issuer, @DefaultValue("1h") Duration ttl,
		String privateKeyLocation, String publicKeyLocation) {

}
