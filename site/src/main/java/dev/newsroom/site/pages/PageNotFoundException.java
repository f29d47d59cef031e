package dev.newsroom.site.pages;

/** No page at this address: the reader gets the site's own 404 page. */
class PageNotFoundException extends RuntimeException {

	PageNotFoundException() {
		super(null, null, false, false);
	}

}
