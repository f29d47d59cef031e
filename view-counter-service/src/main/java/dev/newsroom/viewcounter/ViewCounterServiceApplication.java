package dev.newsroom.viewcounter;

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
 * Counts page views. The beacon puts each view on {@code views.v1}; the aggregator counts
 * bots apart, drops repeat views and views of articles that are not published, holds
 * those of articles it does not know yet, adds the rest to per-article totals and
 * announces them on {@code view-counts.v1}. How the events flow is in
 * {@link ViewCounterServiceEvents}.
 */
@SpringBootApplication
@EnableScheduling
@Import({ EventKit.class, WebDefaults.class })
public class ViewCounterServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ViewCounterServiceApplication.class, args);
	}

	/** Views and totals are public; nothing here is for editors yet. */
	@Bean
	SecurityFilterChain security(HttpSecurity http, TokenChecks tokens) throws Exception {
		return tokens.applyTo(http)
			.authorizeHttpRequests(
					requests -> requests.requestMatchers("/api/admin/**").hasRole("EDITOR").anyRequest().permitAll())
			.build();
	}

}
