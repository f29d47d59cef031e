package dev.newsroom.viewcounter.ingest;

import java.util.regex.Pattern;

/**
 * Search crawlers and link previewers announce themselves in the User-Agent; their views
 * do not count. Anything else, scripts included, counts: the repeat-view window is what
 * keeps one visitor from inflating a count.
 */
final class Bots {

	private static final Pattern CRAWLER = Pattern
		.compile("bot\\b|bot/|crawl|spider|slurp|facebookexternalhit|embedly|preview", Pattern.CASE_INSENSITIVE);

	private Bots() {
	}

	static boolean isBot(String userAgent) {
		return userAgent != null && CRAWLER.matcher(userAgent).find();
	}

}
