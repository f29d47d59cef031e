package dev.newsroom.site;

import java.net.URI;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the pages say of the site itself.
 *
 * @param baseUrl where readers reach the site: canonical URLs, Open Graph and JSON-LD
 * @param name the portal's name, in every title
 * @param timeZone the readers' days: dates on the pages and months of the archive
 */
@ConfigurationProperties("newsroom.site")
public record SiteSettings(URI baseUrl, String name, ZoneId timeZone) {

	/** An absolute URL of a path of the site. */
	public String absolute(String path) {
		String base = baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
