package dev.newsroom.client;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** An RFC 9457 problem document; {@code errors} names the fields at fault, if any. */
@Serdeable
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

	@Serdeable
	public record FieldError(String field, String message) {
	}

}
