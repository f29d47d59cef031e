package dev.newsroom.comment;

import dev.newsroom.events.EventKit;
import dev.newsroom.web.servlet.TokenChecks;
import dev.newsroom.web.servlet.WebDefaults;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Readers' comments ("Ý kiến bạn đọc"). A reader sends one with a solved proof-of-work
 * challenge; it waits for an editor, and once approved goes out on {@code comments.v1},
 * from which the site shows it. How the events flow is in {@link CommentServiceEvents}.
 */
@SpringBootApplication
@Import({ EventKit.class, WebDefaults.class })
public class CommentServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(CommentServiceApplication.class, args);
	}

	/** Readers send and read comments; editors moderate, and deletions are ADMIN's. */
	@Bean
	SecurityFilterChain security(HttpSecurity http, TokenChecks tokens) throws Exception {
		return tokens.applyTo(http)
			.authorizeHttpRequests(
					requests -> requests.requestMatchers("/api/admin/**").hasRole("EDITOR").anyRequest().permitAll())
			.build();
	}

}
