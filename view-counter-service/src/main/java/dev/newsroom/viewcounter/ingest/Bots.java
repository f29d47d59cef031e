package dev.newsroom.viewcounter.ingest;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Search crawlers and link previewers announce themselves in the User-Agent; their views
 * are counted apart, not in the public totals. Anything else, scripts included, counts:
 * the repeat window and the per-address limit are what keep a script from inflating a
 * count.
 */
@Component
class Bots {

	private final Pattern userAgents;

	/**
	 * @param userAgents patterns found in a bot's User-Agent, in any case
	 */
	Bots(@Value("${newsroom.views.bots}") List<String> userAgents) {
		this.userAgents = Pattern.compile(String.join("|", userAgents), Pattern.CASE_INSENSITIVE);
	}

	boolean isBot(String userAgent) {
		return userAgent != null && userAgents.matcher(userAgent).find();
	}

}
