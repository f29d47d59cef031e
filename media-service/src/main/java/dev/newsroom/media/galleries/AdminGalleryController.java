package dev.newsroom.media.galleries;

import java.net.URI;
import java.util.List;

import dev.newsroom.contracts.media.GalleryPublished;
import dev.newsroom.media.library.MediaDescription;
import dev.newsroom.web.text.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Galleries for the newsroom: editors put them together, publishers put them on the site
 * and take them off.
 */
@RestController
@RequestMapping("/api/admin/galleries")
class AdminGalleryController {

	private final Galleries galleries;

	AdminGalleryController(Galleries galleries) {
		this.galleries = galleries;
	}

	@PostMapping
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<GalleryViews.Edited> create(@Valid @RequestBody GalleryRequest request, Authentication editor) {
		Gallery gallery = galleries.create(request.title(), request.photos(), editor.getName());
		return ResponseEntity.created(URI.create("/api/admin/galleries/" + gallery.id()))
			.body(GalleryViews.Edited.of(gallery));
	}

	/**
	 * Replaces the title and the photos; a published gallery changes on the site at once.
	 */
	@PutMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	GalleryViews.Edited edit(@PathVariable String id, @Valid @RequestBody GalleryRequest request) {
		return GalleryViews.Edited.of(galleries.edit(id, request.title(), request.photos()));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	GalleryViews.Edited get(@PathVariable String id) {
		return GalleryViews.Edited.of(galleries.find(id));
	}

	/** Drafts and published, the last changed first. */
	@GetMapping
	@PreAuthorize("hasRole('EDITOR')")
	List<GalleryViews.Edited> list() {
		return galleries.all(200).stream().map(GalleryViews.Edited::of).toList();
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("hasRole('PUBLISHER')")
	GalleryViews.Edited publish(@PathVariable String id) {
		return GalleryViews.Edited.of(galleries.publish(id));
	}

	@PostMapping("/{id}/unpublish")
	@PreAuthorize("hasRole('PUBLISHER')")
	GalleryViews.Edited unpublish(@PathVariable String id) {
		return GalleryViews.Edited.of(galleries.unpublish(id));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('PUBLISHER')")
	ResponseEntity<Void> delete(@PathVariable String id) {
		galleries.delete(id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Texts are cleaned before they are validated, so the limits count what is stored.
	 */
	record GalleryRequest(@NotBlank @PlainText @Size(max = 300) String title,
			@NotNull @Size(min = 1, max = 200) List<@NotNull @Valid ItemRequest> items) {

		GalleryRequest {
			title = MediaDescription.clean(title);
		}

		List<GalleryPublished.Item> photos() {
			return items.stream().map(item -> new GalleryPublished.Item(item.mediaId(), item.caption())).toList();
		}

	}

	/**
	 * A photo of the library, and the gallery's caption for it (empty: the photo's own).
	 */
	record ItemRequest(@NotBlank String mediaId, @PlainText(multiline = true) @Size(max = 1000) String caption) {

		ItemRequest {
			caption = MediaDescription.clean(caption);
		}

	}

}
