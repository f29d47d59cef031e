package dev.newsroom.media.galleries;

import java.util.List;

import dev.newsroom.web.PublicReads;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published galleries, for readers: "Ảnh — Xem tất cả". */
@RestController
@RequestMapping("/api/galleries")
class GalleryController {

	private final Galleries galleries;

	GalleryController(Galleries galleries) {
		this.galleries = galleries;
	}

	/** The last published first, each with its first photo as the cover. */
	@GetMapping
	ResponseEntity<List<GalleryViews.Teaser>> list(@RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
		return ResponseEntity.ok()
			.cacheControl(PublicReads.BRIEFLY)
			.body(galleries.published(limit)
				.stream()
				.map(gallery -> GalleryViews.Teaser.of(gallery, galleries.photos(gallery)))
				.toList());
	}

	@GetMapping("/{id}")
	ResponseEntity<GalleryViews.Published> get(@PathVariable String id) {
		Gallery gallery = galleries.findPublished(id);
		return ResponseEntity.ok()
			.cacheControl(PublicReads.BRIEFLY)
			.body(GalleryViews.Published.of(gallery, galleries.photos(gallery)));
	}

}
