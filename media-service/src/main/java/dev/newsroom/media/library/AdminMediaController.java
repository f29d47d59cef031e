package dev.newsroom.media.library;

import java.net.URI;

import dev.newsroom.web.text.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
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
	 * A multipart form: {@code file}, and optionally {@code caption} and {@code credit}.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<MediaResponse> upload(@Valid @ModelAttribute UploadRequest request, Authentication editor) {
		MediaItem item = library.upload(request.file(), request.description(), editor.getName());
		return ResponseEntity.created(URI.create("/api/media/" + item.id())).body(MediaResponse.of(item));
	}

	/**
	 * Texts are cleaned before they are validated, so the limits count what is stored.
	 */
	record UploadRequest(@NotNull(message = "is required") MultipartFile file,
			@PlainText(multiline = true) @Size(max = 1000) String caption, @PlainText @Size(max = 200) String credit) {

		UploadRequest {
			caption = MediaDescription.clean(caption);
			credit = MediaDescription.clean(credit);
		}

		MediaDescription description() {
			return new MediaDescription(caption, credit);
		}

	}

}
