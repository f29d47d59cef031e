package dev.newsroom.media.library;

import java.net.URI;
import java.util.List;

import dev.newsroom.web.text.PlainText;
import jakarta.validation.Valid;
import dev.newsroom.contracts.media.MediaDescribed.FocalPoint;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/admin/media")
class AdminMediaController {

	private final MediaLibrary library;

	AdminMediaController(MediaLibrary library) {
		this.library = library;
	}

	/**
	 * A multipart form: {@code file}, and optionally {@code caption}, {@code credit},
	 * {@code alt} and {@code tags} (the field repeated).
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<MediaResponse> upload(@Valid @ModelAttribute UploadRequest request, Authentication editor) {
		MediaItem item = library.upload(request.file(), request.description(), editor.getName());
		return ResponseEntity.created(URI.create("/api/media/" + item.id())).body(MediaResponse.of(item));
	}

	/**
	 * Changes what is said of an item; a field left out stays as it is. The new snapshot
	 * goes out on {@code media.v1}.
	 */
	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('EDITOR')")
	MediaResponse describe(@PathVariable String id, @Valid @RequestBody DescriptionChange change) {
		return MediaResponse.of(library.describe(id, change.changes()));
	}

	/**
	 * Texts are cleaned before they are validated, so the limits count what is stored.
	 */
	record UploadRequest(@NotNull(message = "is required") MultipartFile file,
			@PlainText(multiline = true) @Size(max = 1000) String caption, @PlainText @Size(max = 200) String credit,
			@PlainText @Size(max = 500) String alt,
			@Size(max = 30) List<@NotBlank @PlainText @Size(max = 100) String> tags) {

		UploadRequest {
			caption = MediaDescription.clean(caption);
			credit = MediaDescription.clean(credit);
			alt = MediaDescription.clean(alt);
			tags = cleaned(tags);
		}

		MediaDescription description() {
			return new MediaDescription(caption, credit, alt, tags);
		}

	}

	/** What changes; null, or left out, is no change. Texts cleaned as on upload. */
	record DescriptionChange(@PlainText(multiline = true) @Size(max = 1000) String caption,
			@PlainText @Size(max = 200) String credit, @PlainText @Size(max = 500) String alt,
			@Size(max = 30) List<@NotBlank @PlainText @Size(max = 100) String> tags, @Valid Point focalPoint) {

		DescriptionChange {
			caption = caption == null ? null : MediaDescription.clean(caption);
			credit = credit == null ? null : MediaDescription.clean(credit);
			alt = alt == null ? null : MediaDescription.clean(alt);
			tags = tags == null ? null : cleaned(tags);
		}

		MediaItem.Changes changes() {
			return new MediaItem.Changes(caption, credit, alt, tags,
					focalPoint == null ? null : new FocalPoint(focalPoint.x(), focalPoint.y()));
		}

	}

	/** Fractions of the width and height, from the top left. */
	record Point(@NotNull @DecimalMin("0") @DecimalMax("1") Double x,
			@NotNull @DecimalMin("0") @DecimalMax("1") Double y) {
	}

	private static List<String> cleaned(List<String> tags) {
		return tags == null ? List.of() : tags.stream().map(MediaDescription::clean).toList();
	}

}
