package dev.newsroom.viewcounter.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BotsTest {

	/** As the service is configured. */
	static final Bots BOTS = new Bots(ServiceSettings.list("newsroom.views.bots"));

	@ParameterizedTest
	@ValueSource(strings = { "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
			"Mozilla/5.0 (compatible; bingbot/2.0)", "facebookexternalhit/1.1",
			"Mozilla/5.0 (compatible; coccocbot-web/1.0)", "Baiduspider",
			"Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; ClaudeBot/1.0)" })
	void crawlersDoNotCount(String userAgent) {
		assertThat(BOTS.isBot(userAgent)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 CocCoc/126.0",
			"curl/8.5.0" })
	void peopleCount(String userAgent) {
		assertThat(BOTS.isBot(userAgent)).isFalse();
	}

	@ParameterizedTest
	@NullAndEmptySource
	void aMissingUserAgentCounts(String userAgent) {
		assertThat(BOTS.isBot(userAgent)).isFalse();
	}

}
