package dev.newsroom.article;

import dev.newsroom.events.EventKit;
import dev.newsroom.web.servlet.TokenChecks;
import dev.newsroom.web.servlet.WebDefaults;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Owns articles: editors write and publish them, visitors read the published ones. What
 * it publishes and consumes is in {@link ArticleServiceEvents}.
 */
@SpringBootApplication
@EnableScheduling
@Import({ EventKit.class, WebDefaults.class })
public class ArticleServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ArticleServiceApplication.class, args);
	}

	/**
	 * Editors' paths need an editor's token, checked before the request body is even
	 * read; each admin operation names any further role with {@code @PreAuthorize}.
	 * Everything else is public and shows published articles only.
	 */
	@Bean
	SecurityFilterChain security(HttpSecurity http, TokenChecks tokens) throws Exception {
		return tokens.applyTo(http)
			.authorizeHttpRequests(
					requests -> requests.requestMatchers("/api/admin/**").hasRole("EDITOR").anyRequest().permitAll())
			.build();
	}

}
