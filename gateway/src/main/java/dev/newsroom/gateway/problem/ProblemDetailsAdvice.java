package dev.newsroom.gateway.problem;

import dev.newsroom.web.FieldProblem;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * Every error the gateway itself gives is an RFC 9457 problem document, in the shape the
 * services use: bad input names the field at fault in {@code errors}. A path that no
 * route and no endpoint matches is a 404 problem as well.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	@Override
	protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException exception,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		return handleExceptionInternal(exception,
				FieldProblem.naming(exception.getBody(), FieldProblem.of(exception.getBindingResult())), headers,
				status, exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException exception,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		// the decoder's own message would show parser internals
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is missing or is not valid JSON");
		return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleResponseStatusException(ResponseStatusException exception,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		if (status.value() == HttpStatus.NOT_FOUND.value()) {
			// what WebFlux says here ("No matching handler") is about its insides, not
			// the client's request
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"Nothing is served at this path");
			return handleExceptionInternal(exception, problem, headers, status, exchange);
		}
		return super.handleResponseStatusException(exception, headers, status, exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			ServerWebExchange exchange) {
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.putAll(headers);
		if (body instanceof ProblemDetail) {
			// whatever the client accepts, an error is a problem document
			problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		return Mono.just(new ResponseEntity<>(body, problemHeaders, status));
	}

}
