package dev.newsroom.media;

import dev.newsroom.events.EventKit;
import dev.newsroom.web.servlet.TokenChecks;
import dev.newsroom.web.servlet.WebDefaults;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Owns photos and videos: editors upload them with a caption and a credit, pages and
 * visitors fetch their metadata and bytes. Keeps the bytes in GridFS. What it publishes
 * is in {@link MediaServiceEvents}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import({ EventKit.class, WebDefaults.class })
public class MediaServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(MediaServiceApplication.class, args);
	}

	/**
	 * Uploads need an editor's token, checked before a byte of the upload is read;
	 * metadata and bytes are public.
	 */
	@Bean
	SecurityFilterChain security(HttpSecurity http, TokenChecks tokens) throws Exception {
		return tokens.applyTo(http)
			.authorizeHttpRequests(
					requests -> requests.requestMatchers("/api/admin/**").hasRole("EDITOR").anyRequest().permitAll())
			.build();
	}

}
