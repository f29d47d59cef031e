package dev.newsroom.site;

import dev.newsroom.events.EventKit;
import dev.newsroom.web.servlet.TokenChecks;
import dev.newsroom.web.servlet.WebDefaults;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public site: the portal's pages, rendered on the server from the site's own
 * projection of the events ({@link SiteEvents}). It never asks another service while
 * serving a page, so it keeps serving every page it has while any of them, or Kafka, is
 * down. Editors keep the pages, links and menu that are the site's own.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import({ EventKit.class, WebDefaults.class })
public class SiteApplication {

	public static void main(String[] args) {
		SpringApplication.run(SiteApplication.class, args);
	}

	@Bean
	SecurityFilterChain security(HttpSecurity http, TokenChecks tokens) throws Exception {
		// Only the editors' API is Spring Security's. The pages are for anyone and set
		// their own headers (SecurityHeaders): on the article page the chain's filters
		// took a tenth of the site's CPU, and a stale token sent by a reader must not
		// turn a public page into a 401. Spring Security's firewall still checks every
		// request.
		return tokens.applyTo(http.securityMatcher("/api/**"))
			.headers(headers -> headers.disable())
			.authorizeHttpRequests(
					requests -> requests.requestMatchers("/api/admin/**").hasRole("EDITOR").anyRequest().permitAll())
			.build();
	}

}
