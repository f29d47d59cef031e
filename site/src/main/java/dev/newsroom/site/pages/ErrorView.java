package dev.newsroom.site.pages;

/**
 * @param status 404 or 500, which says which message the error page shows
 */
public record ErrorView(int status) {

	public boolean notFound() {
		return status == 404;
	}

}
