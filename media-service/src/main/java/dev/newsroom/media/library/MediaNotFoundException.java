package dev.newsroom.media.library;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

class MediaNotFoundException extends ErrorResponseException {

	MediaNotFoundException(String id) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No media " + id), null);
	}

}
