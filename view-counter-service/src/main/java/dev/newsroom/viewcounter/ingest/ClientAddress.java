package dev.newsroom.viewcounter.ingest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a view came from. The gateway, the only way in, appends the address of its
 * client to {@code X-Forwarded-For}: the last entry is the one it saw, the earlier ones
 * are whatever the client claimed and are ignored.
 */
final class ClientAddress {

	private ClientAddress() {
	}

	static String of(HttpServletRequest request) {
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded == null || forwarded.isBlank()) {
			return request.getRemoteAddr();
		}
		return forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
	}

}
