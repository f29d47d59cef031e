package dev.newsroom.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.Errors;
import org.springframework.web.ErrorResponseException;

/**
 * One field at fault and what is wrong with it. Bad input names its fields in the
 * problem's {@code errors}, so a client can point the editor at them.
 */
public record FieldProblem(String field, String message) {

	/** The fields a validation found at fault, each with its message. */
	public static List<FieldProblem> of(Errors validation) {
		return validation.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
			.toList();
	}

	/**
	 * The problem, saying which fields are invalid and listing them in {@code errors}.
	 */
	public static ProblemDetail naming(ProblemDetail problem, List<FieldProblem> errors) {
		problem.setDetail(
				"Invalid " + errors.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", ")));
		problem.setProperty("errors", errors);
		return problem;
	}

	/** A 400 naming the fields at fault, to throw from a controller or a service. */
	public static ErrorResponseException badRequest(List<FieldProblem> errors, Throwable cause) {
		return new ErrorResponseException(HttpStatus.BAD_REQUEST,
				naming(ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), errors), cause);
	}

}
