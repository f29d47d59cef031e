package dev.newsroom.web.servlet;

import java.io.IOException;

import org.springframework.util.unit.DataSize;

/** A body of undeclared length that ran past the service's limit while it was read. */
public class RequestTooLargeException extends IOException {

	RequestTooLargeException(long maxBytes) {
		super("The request body is larger than " + DataSize.ofBytes(maxBytes).toKilobytes() + " KB");
	}

}
