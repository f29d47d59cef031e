package dev.newsroom.comment.submitting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.newsroom.comment.articles.PublishedArticles;
import dev.newsroom.comment.comments.Comment;
import dev.newsroom.comment.comments.CommentText;
import dev.newsroom.comment.comments.Comments;
import dev.newsroom.comment.moderation.Blocklist;
import dev.newsroom.web.FieldProblem;
import dev.newsroom.web.servlet.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where readers send comments. Each needs a solved challenge, used once; a client address
 * and an article take a limited number in a window; a comment the spam rules suspect is
 * kept for the moderators with their reasons, and answered like any other. Client
 * addresses are known only by a keyed hash.
 */
@RestController
@RequestMapping("/api/comments")
class SubmissionController {

	/** What a reader is told: the comment waits for an editor. */
	static final String WAITING = "Ý kiến của bạn đã được gửi và đang chờ duyệt.";

	private final Challenges challenges;

	private final SubmissionLimits limits;

	private final PublishedArticles articles;

	private final Blocklist blocklist;

	private final Comments comments;

	private final int maxLinks;

	private final SecretKeySpec addressKey;

	SubmissionController(Challenges challenges, SubmissionLimits limits, PublishedArticles articles,
			Blocklist blocklist, Comments comments, @Value("${newsroom.comments.max-links}") int maxLinks,
			@Value("${newsroom.comments.key}") String addressKey) {
		this.challenges = challenges;
		this.limits = limits;
		this.articles = articles;
		this.blocklist = blocklist;
		this.comments = comments;
		this.maxLinks = maxLinks;
		this.addressKey = new SecretKeySpec(addressKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** A new challenge for every form: never cached, by the gateway or anyone. */
	@GetMapping("/challenge")
	ResponseEntity<Challenges.Challenge> challenge() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(challenges.create());
	}

	@PostMapping
	ResponseEntity<Submitted> submit(@Valid @RequestBody CommentForm sent, HttpServletRequest request) {
		CommentForm form = sent.normalized();
		for (String[] field : new String[][] { { "name", form.name() }, { "content", form.content() } }) {
			if (CommentText.isBlank(field[1])) {
				throw FieldProblem.badRequest(List.of(new FieldProblem(field[0], "must not be blank")), null);
			}
		}
		if (!articles.isPublished(form.articleId())) {
			throw FieldProblem.badRequest(List.of(new FieldProblem("articleId", "is not a published article")), null);
		}
		switch (challenges.redeem(form.challenge())) {
			case INVALID -> throw FieldProblem.badRequest(List.of(new FieldProblem("challenge",
					"is not a solution of a current challenge of this site; get a new one")), null);
			case USED -> throw FieldProblem
				.badRequest(List.of(new FieldProblem("challenge", "has been used already; get a new one")), null);
			case VALID -> {
			}
		}
		limits.count(addressKey(request), form.articleId()).ifPresent(SubmissionController::tooMany);
		List<String> signals = new SpamRules(maxLinks, blocklist.words()).signals(form.name(), form.content());
		Comment comment = comments.post(form.articleId(), form.name(), form.email(), form.content(), signals);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(new Submitted(comment.id(), comment.status().name(), WAITING));
	}

	private String addressKey(HttpServletRequest request) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(addressKey);
			return HexFormat.of()
				.formatHex(mac.doFinal(ClientAddress.of(request).getBytes(StandardCharsets.UTF_8)), 0, 16);
		}
		catch (GeneralSecurityException unavailable) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
		}
	}

	private static void tooMany(Duration retryAfter) {
		var refused = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS,
				ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
						"Too many comments from this address or on this article; try again later"),
				null);
		refused.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds() + 1)));
		throw refused;
	}

	/** The answer to a comment received: it waits for an editor. */
	record Submitted(String id, String status, String message) {
	}

}
