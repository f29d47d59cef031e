package dev.newsroom.media.library;

import dev.newsroom.web.PublicReads;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Metadata for pages that show a photo or video: caption, credit and where the bytes are.
 */
@RestController
@RequestMapping("/api/media")
class MediaController {

	private final MediaLibrary library;

	MediaController(MediaLibrary library) {
		this.library = library;
	}

	@GetMapping("/{id}")
	ResponseEntity<MediaResponse> get(@PathVariable String id) {
		return ResponseEntity.ok().cacheControl(PublicReads.BRIEFLY).body(MediaResponse.of(library.find(id)));
	}

}
