package dev.newsroom.viewcounter.counting;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CountingConfiguration {

	@Bean
	CountingRules countingRules(@Value("${newsroom.views.repeat-window}") Duration repeatWindow,
			@Value("${newsroom.views.per-address-limit}") int perAddressLimit) {
		return new CountingRules(repeatWindow, perAddressLimit);
	}

}
