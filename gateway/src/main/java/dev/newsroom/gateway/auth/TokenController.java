package dev.newsroom.gateway.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Editors trade their username and password for a bearer token here. */
@RestController
class TokenController {

	static final String PATH = "/api/auth/token";

	/**
	 * One answer for an unknown user and a wrong password, so usernames cannot be probed.
	 */
	static final String REJECTED = "Unknown username or wrong password";

	private final LocalUsers users;

	private final TokenIssuer issuer;

	TokenController(LocalUsers users, TokenIssuer issuer) {
		this.users = users;
		this.issuer = issuer;
	}

	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> token(@Valid @RequestBody TokenRequest request) {
		return users.authenticate(request.username(), request.password()).<ResponseEntity<?>>map(user -> {
			var token = issuer.issue(user);
			// RFC 6749 §5.1: a token must not be kept by any cache on the way
			return ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.header(HttpHeaders.PRAGMA, "no-cache")
				.body(new TokenResponse(token.value(), "Bearer", token.expiresInSeconds()));
		})
			.orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, REJECTED)));
	}

	record TokenRequest(@NotBlank(message = "must not be blank") String username,
			@NotBlank(message = "must not be blank") String password) {
	}

	record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
			@JsonProperty("expires_in") long expiresIn) {
	}

}
