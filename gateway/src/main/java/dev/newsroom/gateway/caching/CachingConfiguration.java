package dev.newsroom.gateway.caching;

import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheSettings.class)
class CachingConfiguration {

	/**
	 * The clock the cache ages answers by: the system's, unless a test brings its own.
	 */
	@Bean
	@ConditionalOnProperty(name = "newsroom.cache.enabled", matchIfMissing = true)
	PublicResponseCache publicResponseCache(CacheSettings settings, ObjectProvider<Ticker> ticker) {
		return new PublicResponseCache(settings, ticker.getIfAvailable(Ticker::systemTicker));
	}

}
