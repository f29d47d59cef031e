package dev.newsroom.site.widgets;

/** A provider gave no usable answer: why, for the log only, never for a page. */
class ProviderException extends Exception {

	ProviderException(String message, Throwable cause) {
		super(message, cause);
	}

}
