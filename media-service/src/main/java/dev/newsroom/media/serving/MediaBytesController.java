package dev.newsroom.media.serving;

import java.nio.charset.StandardCharsets;

import dev.newsroom.media.library.MediaItem;
import dev.newsroom.media.library.MediaLibrary;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bytes of photos and videos, for browsers and caches. They never change, so caches
 * may keep them for a year without asking again, and the ETag is their SHA-256. Spring
 * answers a matching {@code If-None-Match} with 304 without reading the bytes, and a
 * {@code Range} with 206 and only the part asked for (video players seek with it).
 */
@RestController
class MediaBytesController {

	static final String FOREVER = "public, max-age=31536000, immutable";

	private final MediaLibrary library;

	MediaBytesController(MediaLibrary library) {
		this.library = library;
	}

	@GetMapping("/media/{id}")
	ResponseEntity<Resource> bytes(@PathVariable String id) {
		MediaItem item = library.find(id);
		return ResponseEntity.ok()
			.eTag(item.sha256())
			.header(HttpHeaders.CACHE_CONTROL, FOREVER)
			.contentType(MediaType.parseMediaType(item.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(item.filename(), StandardCharsets.UTF_8).build().toString())
			.body(library.content(item));
	}

}
