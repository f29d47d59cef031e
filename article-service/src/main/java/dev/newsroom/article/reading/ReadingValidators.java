package dev.newsroom.article.reading;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Public reads carry a strong ETag of their bytes, and {@code If-None-Match} with it gets
 * a 304 without the body: for readers that reach the service past the gateway's cache,
 * and for the cache itself, which keeps the service's tag.
 */
@Configuration(proxyBeanMethods = false)
class ReadingValidators {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> publicReadTags() {
		var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/articles/*", "/rss.xml", "/rss/*", "/sitemap.xml", "/sitemap-news.xml");
		return registration;
	}

}
