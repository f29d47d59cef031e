package dev.newsroom.media.library;

import java.net.URI;
import java.util.List;
import java.util.Map;

import dev.newsroom.web.FieldProblem;
import dev.newsroom.web.text.PlainText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import dev.newsroom.contracts.media.MediaDescribed.FocalPoint;
import dev.newsroom.media.usage.MediaUsage;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/media")
class AdminMediaController {

	private final MediaLibrary library;

	private final MediaUsage usage;

	private final UploadForm form;

	private final Validator validator;

	AdminMediaController(MediaLibrary library, MediaUsage usage, UploadForm form, Validator validator) {
		this.library = library;
		this.usage = usage;
		this.form = form;
		this.validator = validator;
	}

	/**
	 * A multipart form: {@code file}, and optionally {@code caption}, {@code credit},
	 * {@code alt}, {@code tags} (the field repeated) and a video's {@code poster}. The
	 * form is read as it arrives (see {@link UploadForm}), then its texts are validated.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<MediaResponse> upload(HttpServletRequest request, Authentication editor) {
		try (UploadForm.Received received = form.read(request)) {
			UploadRequest upload = UploadRequest.of(received);
			var errors = new DirectFieldBindingResult(upload, "upload");
			validator.validate(upload, errors);
			if (errors.hasErrors()) {
				throw FieldProblem.badRequest(FieldProblem.of(errors), null);
			}
			return created(library.upload(received.file(), upload.description(), upload.poster(), editor.getName()));
		}
	}

	/**
	 * A video of YouTube, Vimeo or Dailymotion, by the URL it is watched at; the server
	 * never fetches it.
	 */
	@PostMapping(path = "/embeds", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<MediaResponse> embed(@Valid @RequestBody EmbedRequest request, Authentication editor) {
		return created(library.embed(request.url(), request.description(), request.poster(), editor.getName()));
	}

	/** Puts a video on the site's list of videos. */
	@PostMapping("/{id}/publish")
	@PreAuthorize("hasRole('PUBLISHER')")
	MediaResponse publish(@PathVariable String id) {
		return response(library.publish(id));
	}

	@PostMapping("/{id}/unpublish")
	@PreAuthorize("hasRole('PUBLISHER')")
	MediaResponse unpublish(@PathVariable String id) {
		return response(library.unpublish(id));
	}

	private ResponseEntity<MediaResponse> created(MediaItem item) {
		return ResponseEntity.created(URI.create("/api/media/" + item.id())).body(response(item));
	}

	private MediaResponse response(MediaItem item) {
		return MediaResponse.of(item, library::lookUp);
	}

	/**
	 * Changes what is said of an item; a field left out stays as it is. The new snapshot
	 * goes out on {@code media.v1}.
	 */
	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('EDITOR')")
	MediaResponse describe(@PathVariable String id, @Valid @RequestBody DescriptionChange change) {
		return response(library.describe(id, change.changes()));
	}

	/** The articles and published galleries that use the item, as their topics told. */
	@GetMapping("/{id}/usage")
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, List<?>> usage(@PathVariable String id) {
		library.find(id);
		return Map.of("articles", usage.articlesUsing(id), "galleries", usage.galleriesUsing(id));
	}

	/**
	 * Deletes an item no article uses; one in use only with {@code force}, which only an
	 * administrator may use.
	 */
	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<Void> delete(@PathVariable String id, @RequestParam(defaultValue = "false") boolean force,
			Authentication editor) {
		library.find(id);
		if (force && editor.getAuthorities().stream().noneMatch(role -> role.getAuthority().equals("ROLE_ADMIN"))) {
			throw new AccessDeniedException("Only an administrator may delete media that articles use");
		}
		List<MediaUsage.Article> using = usage.articlesUsing(id);
		List<MediaUsage.Gallery> galleries = usage.galleriesUsing(id);
		if ((!using.isEmpty() || !galleries.isEmpty()) && !force) {
			ProblemDetail inUse = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"Articles or galleries use this item: take it out of them first, or have an administrator delete it with force=true");
			inUse.setProperty("articles", using);
			inUse.setProperty("galleries", galleries);
			throw new ErrorResponseException(HttpStatus.CONFLICT, inUse, null);
		}
		library.delete(id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * The texts of an upload's form. They are cleaned before they are validated, so the
	 * limits count what is stored.
	 */
	record UploadRequest(@PlainText(multiline = true) @Size(max = 1000) String caption,
			@PlainText @Size(max = 200) String credit, @PlainText @Size(max = 500) String alt,
			@Size(max = 30) List<@NotBlank @PlainText @Size(max = 100) String> tags, @Size(max = 100) String poster) {

		UploadRequest {
			caption = MediaDescription.clean(caption);
			credit = MediaDescription.clean(credit);
			alt = MediaDescription.clean(alt);
			tags = cleaned(tags);
			poster = poster == null || poster.isBlank() ? null : poster.strip();
		}

		static UploadRequest of(UploadForm.Received form) {
			return new UploadRequest(form.field("caption"), form.field("credit"), form.field("alt"),
					form.fieldValues("tags"), form.field("poster"));
		}

		MediaDescription description() {
			return new MediaDescription(caption, credit, alt, tags);
		}

	}

	/**
	 * A video of another site: its URL there, and what is said of it as of an upload.
	 */
	record EmbedRequest(@NotBlank @Size(max = 2000) String url,
			@PlainText(multiline = true) @Size(max = 1000) String caption, @PlainText @Size(max = 200) String credit,
			@PlainText @Size(max = 500) String alt,
			@Size(max = 30) List<@NotBlank @PlainText @Size(max = 100) String> tags, @Size(max = 100) String poster) {

		EmbedRequest {
			caption = MediaDescription.clean(caption);
			credit = MediaDescription.clean(credit);
			alt = MediaDescription.clean(alt);
			tags = cleaned(tags);
			poster = poster == null || poster.isBlank() ? null : poster.strip();
		}

		MediaDescription description() {
			return new MediaDescription(caption, credit, alt, tags);
		}

	}

	/**
	 * What changes; null, or left out, is no change, and an empty {@code poster} takes a
	 * video's poster away. Texts cleaned as on upload.
	 */
	record DescriptionChange(@PlainText(multiline = true) @Size(max = 1000) String caption,
			@PlainText @Size(max = 200) String credit, @PlainText @Size(max = 500) String alt,
			@Size(max = 30) List<@NotBlank @PlainText @Size(max = 100) String> tags, @Valid Point focalPoint,
			@Size(max = 100) String poster) {

		DescriptionChange {
			caption = caption == null ? null : MediaDescription.clean(caption);
			credit = credit == null ? null : MediaDescription.clean(credit);
			alt = alt == null ? null : MediaDescription.clean(alt);
			tags = tags == null ? null : cleaned(tags);
		}

		MediaItem.Changes changes() {
			return new MediaItem.Changes(caption, credit, alt, tags,
					focalPoint == null ? null : new FocalPoint(focalPoint.x(), focalPoint.y()),
					poster == null ? null : poster.strip());
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
