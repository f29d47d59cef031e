package dev.newsroom.media.serving;

import java.nio.charset.StandardCharsets;

import dev.newsroom.media.library.MediaItem;
import dev.newsroom.media.library.MediaLibrary;
import dev.newsroom.media.library.Rendition;
import dev.newsroom.media.library.RenditionFile;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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

	static final String AWHILE = "public, max-age=60";

	private final MediaLibrary library;

	MediaBytesController(MediaLibrary library) {
		this.library = library;
	}

	@GetMapping("/media/{id}")
	ResponseEntity<Resource> bytes(@PathVariable String id) {
		MediaItem item = library.find(id);
		if (!item.hasBytes()) {
			throw new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(
					HttpStatus.NOT_FOUND, "Media " + id + " is a video of another site: see its embedUrl"), null);
		}
		return ResponseEntity.ok()
			.eTag(item.sha256())
			.header(HttpHeaders.CACHE_CONTROL, FOREVER)
			.contentType(MediaType.parseMediaType(item.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(item.filename()))
			.body(library.content(item));
	}

	/**
	 * A rendition. Its URL in the metadata names its bytes ({@code ?v=}) and may be
	 * cached forever; without that, or with an older one, it is the current bytes, which
	 * a crop around a new focal point replaces, so caches ask again after a minute.
	 */
	@GetMapping("/media/{id}/{name}")
	ResponseEntity<Resource> rendition(@PathVariable String id, @PathVariable String name,
			@RequestParam(name = "v", required = false) String version) {
		MediaItem item = library.find(id);
		RenditionFile file = Rendition.named(name)
			.flatMap(item::rendition)
			.orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(
					HttpStatus.NOT_FOUND, "Media " + id + " has no rendition " + name + " (yet)"), null));
		return ResponseEntity.ok()
			.eTag(file.sha256())
			.header(HttpHeaders.CACHE_CONTROL, file.version().equals(version) ? FOREVER : AWHILE)
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(renditionFilename(item.filename(), file)))
			.body(library.content(file));
	}

	/** {@code photo.png} at 640 pixels as a JPEG: {@code photo-w640.jpg}. */
	static String renditionFilename(String original, RenditionFile file) {
		int dot = original.lastIndexOf('.');
		String base = dot > 0 ? original.substring(0, dot) : original;
		return base + "-" + file.rendition().key() + (file.contentType().equals("image/png") ? ".png" : ".jpg");
	}

	private static String inline(String filename) {
		return ContentDisposition.inline().filename(filename, StandardCharsets.UTF_8).build().toString();
	}

}
