package dev.newsroom.article.editorial;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

public class ArticleNotFoundException extends ErrorResponseException {

	public ArticleNotFoundException(String reference) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No article " + reference),
				null);
	}

}
