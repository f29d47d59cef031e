package dev.newsroom.site.pages;

import java.io.IOException;
import java.util.stream.Collectors;

import dev.newsroom.web.text.SafeHtml;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers that keep a page what the site made it. Scripts and styles come only from
 * the site's own files (no inline script or style at all, so none needs a hash); players
 * only from the video hosts articles may embed; and no other site may frame a page.
 */
@Component
class SecurityHeaders extends OncePerRequestFilter {

	/** Besides the hosts an article's body may embed, those of the library's videos. */
	private static final String PLAYERS = SafeHtml.VIDEO_HOSTS.stream()
		.sorted()
		.map(host -> "https://" + host)
		.collect(Collectors.joining(" ", "", " https://www.dailymotion.com"));

	private static final String POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self'", "media-src 'self'", "frame-src " + PLAYERS, "connect-src 'self'",
			"object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "SAMEORIGIN");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
		chain.doFilter(request, response);
	}

}
