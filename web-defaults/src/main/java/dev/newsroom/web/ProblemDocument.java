package dev.newsroom.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * An RFC 9457 problem document as a plain map, for answers written before any controller
 * runs (401, 403, 429), where no message converter is at hand.
 */
public final class ProblemDocument {

	private ProblemDocument() {
	}

	public static Map<String, Object> of(HttpStatus status, String detail, String instance) {
		var problem = new LinkedHashMap<String, Object>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", instance);
		return problem;
	}

}
