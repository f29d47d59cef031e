package dev.newsroom.web.servlet;

import java.io.IOException;

import dev.newsroom.web.ProblemDocument;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request body larger than the service takes
 * ({@code newsroom.http.max-request-size}): at once by its declared length, before a byte
 * is read, and otherwise once that many bytes were read, so that no body is ever read
 * whole into memory because it was large. A request reaching the service port directly is
 * limited the same as through the gateway.
 */
final class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	private final JsonMapper json;

	RequestSizeLimit(DataSize max, JsonMapper json) {
		this.maxBytes = max.toBytes();
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(),
					ProblemDocument.of(HttpStatus.CONTENT_TOO_LARGE,
							"Request bodies here may be up to " + DataSize.ofBytes(maxBytes).toKilobytes() + " KB",
							request.getRequestURI()));
			return;
		}
		chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request, maxBytes) : request, response);
	}

	/** A body of unknown length, read no further than the limit. */
	private static final class Counted extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream counted;

		Counted(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (counted == null) {
				counted = new CountedStream(super.getInputStream(), maxBytes);
			}
			return counted;
		}

	}

	private static final class CountedStream extends ServletInputStream {

		private final ServletInputStream body;

		private final long maxBytes;

		private long read;

		CountedStream(ServletInputStream body, long maxBytes) {
			this.body = body;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int next = body.read();
			if (next >= 0) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = body.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int bytes) throws RequestTooLargeException {
			read += bytes;
			if (read > maxBytes) {
				throw new RequestTooLargeException(maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return body.isFinished();
		}

		@Override
		public boolean isReady() {
			return body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			body.setReadListener(listener);
		}

	}

}
