package dev.newsroom.site.media;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A photo or video as {@code media.v1} last described it.
 *
 * @param type {@code image}, {@code video} or {@code embed} (a video of another site)
 * @param publishedAt when a video was put on the site's list of videos, null while it is
 * not
 */
@Document("media")
@CompoundIndex(name = "video_list", def = "{'publishedAt': -1}")
public record MediaEntry(@Id String id, long revision, String type, String contentType, Integer width, Integer height,
		String caption, String credit, String alt, String url, String embedUrl, Map<String, String> renditions,
		String posterId, Instant publishedAt, Double duration) {

	public MediaEntry {
		renditions = renditions == null ? Map.of() : renditions;
	}

	public boolean isPhoto() {
		return "image".equals(type);
	}

}
