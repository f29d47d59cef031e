package dev.newsroom.media.library;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.newsroom.web.PublicReads;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
		return ResponseEntity.ok()
			.cacheControl(PublicReads.BRIEFLY)
			.body(MediaResponse.of(library.find(id), library::lookUp));
	}

	/**
	 * The site's list of videos ("Video" beside an article): files and embedded, the last
	 * published first. {@code type=video} is the only list there is.
	 */
	@GetMapping(params = "type")
	ResponseEntity<List<MediaResponse>> list(@RequestParam String type,
			@RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
		if (!type.equals("video")) {
			throw UploadProblems.invalid("type", "must be video: photos are found through articles and galleries");
		}
		List<MediaItem> videos = library.publishedVideos(limit);
		Map<String, MediaItem> posters = library
			.lookUpAll(videos.stream().map(MediaItem::posterId).filter(Objects::nonNull).toList());
		return ResponseEntity.ok()
			.cacheControl(PublicReads.BRIEFLY)
			.body(videos.stream()
				.map(video -> MediaResponse.of(video, id -> Optional.ofNullable(posters.get(id))))
				.toList());
	}

}
