package dev.newsroom.site.editorial;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A page editors keep, such as the introduction of the office ({@code gioi-thieu}) and
 * its English version ({@code en-about}).
 *
 * @param html its body, cleaned as an article's is
 */
@Document("pages")
public record SitePage(@Id String key, String title, String html, Instant updatedAt, String updatedBy) {

	/** The language of its text: the English pages' keys start with {@code en-}. */
	public String lang() {
		return key.startsWith("en-") ? "en" : "vi";
	}

}
