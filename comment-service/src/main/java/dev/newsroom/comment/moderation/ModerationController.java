package dev.newsroom.comment.moderation;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import dev.newsroom.comment.comments.Comment;
import dev.newsroom.comment.comments.CommentPage;
import dev.newsroom.comment.comments.CommentStatus;
import dev.newsroom.comment.comments.CommentText;
import dev.newsroom.comment.comments.Comments;
import dev.newsroom.web.FieldProblem;
import dev.newsroom.web.VersionTags;
import dev.newsroom.web.text.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editors read every comment before it is shown: the queue, oldest first, and their
 * decisions; deleting comments, one or all of an author's, is for administrators.
 */
@RestController
@RequestMapping("/api/admin/comments")
class ModerationController {

	private final Comments comments;

	private final Blocklist blocklist;

	ModerationController(Comments comments, Blocklist blocklist) {
		this.comments = comments;
		this.blocklist = blocklist;
	}

	@GetMapping
	@PreAuthorize("hasRole('EDITOR')")
	ModeratedComment.Page queue(@RequestParam(defaultValue = "PENDING") CommentStatus status,
			@RequestParam(required = false) @Size(max = 64) String articleId,
			@RequestParam(required = false) @Size(max = 200) String cursor,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		CommentPage page = comments.list(status, articleId, cursor, limit);
		return new ModeratedComment.Page(page.comments().stream().map(ModeratedComment::of).toList(), page.next());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<ModeratedComment> get(@PathVariable String id) {
		return tagged(comments.find(id));
	}

	/**
	 * Decisions and corrections take an optional {@code If-Match} with the ETag of the
	 * version the editor saw: two editors on one queue then cannot undo each other's
	 * decision unknowingly, the second getting 412 instead.
	 */
	@PostMapping("/{id}/approve")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<ModeratedComment> approve(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication editor) {
		return tagged(comments.approve(id, basedOn(ifMatch, id), editor.getName()));
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<ModeratedComment> reject(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication editor) {
		return tagged(comments.reject(id, basedOn(ifMatch, id), editor.getName()));
	}

	@PostMapping("/{id}/spam")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<ModeratedComment> spam(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication editor) {
		return tagged(comments.markSpam(id, basedOn(ifMatch, id), editor.getName()));
	}

	/** Corrects the text before approval; the text it replaces is kept. */
	@PutMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<ModeratedComment> edit(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody Correction correction, Authentication editor) {
		String content = CommentText.content(correction.content());
		if (CommentText.isBlank(content)) {
			throw FieldProblem.badRequest(List.of(new FieldProblem("content", "must not be blank")), null);
		}
		return tagged(comments.edit(id, basedOn(ifMatch, id), content, editor.getName()));
	}

	private static ResponseEntity<ModeratedComment> tagged(Comment comment) {
		return ResponseEntity.ok().eTag(String.valueOf(comment.changes())).body(ModeratedComment.of(comment));
	}

	/**
	 * The version an {@code If-Match} names; none without one, or with {@code *} (the
	 * comment as it is now). A tag this service never gave names no version, and fails.
	 */
	private static OptionalLong basedOn(String ifMatch, String id) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(VersionTags.required(ifMatch, "comment " + id));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> delete(@PathVariable String id) {
		comments.delete(id);
		return ResponseEntity.noContent().build();
	}

	/** A reader's request to be forgotten: every comment sent with the e-mail. */
	@DeleteMapping("/by-email/{email}")
	@PreAuthorize("hasRole('ADMIN')")
	Erased erase(@PathVariable @Size(max = 254) String email) {
		return new Erased(comments.eraseByEmail(email.strip().toLowerCase(Locale.ROOT)));
	}

	@GetMapping("/blocklist")
	@PreAuthorize("hasRole('EDITOR')")
	Words blocklist() {
		return new Words(blocklist.words());
	}

	@PutMapping("/blocklist")
	@PreAuthorize("hasRole('EDITOR')")
	Words replaceBlocklist(@Valid @RequestBody Words words) {
		blocklist.replace(words.words().stream().map(String::strip).distinct().toList());
		return new Words(blocklist.words());
	}

	record Erased(int erased) {
	}

	record Correction(@NotBlank @Size(max = 4000) @PlainText(multiline = true) String content) {
	}

	record Words(@NotNull @Size(max = 1000) List<@NotBlank @Size(max = 100) @PlainText String> words) {
	}

}
