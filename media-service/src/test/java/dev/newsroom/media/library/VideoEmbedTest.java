package dev.newsroom.media.library;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class VideoEmbedTest {

	@ParameterizedTest
	@CsvSource({ "https://www.youtube.com/watch?v=dQw4w9WgXcQ, youtube, dQw4w9WgXcQ",
			"https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42, youtube, dQw4w9WgXcQ",
			"http://m.youtube.com/watch?v=dQw4w9WgXcQ, youtube, dQw4w9WgXcQ",
			"https://youtu.be/dQw4w9WgXcQ?si=abc, youtube, dQw4w9WgXcQ",
			"https://www.youtube.com/embed/dQw4w9WgXcQ, youtube, dQw4w9WgXcQ",
			"https://www.youtube.com/shorts/dQw4w9WgXcQ, youtube, dQw4w9WgXcQ",
			"https://vimeo.com/76979871, vimeo, 76979871", "https://player.vimeo.com/video/76979871, vimeo, 76979871",
			"https://www.dailymotion.com/video/x8abcd1, dailymotion, x8abcd1",
			"https://dai.ly/x8abcd1, dailymotion, x8abcd1",
			"'  https://youtu.be/dQw4w9WgXcQ  ', youtube, dQw4w9WgXcQ" })
	void aVideoOfAnAllowedHostIsKnownByItsId(String url, String provider, String id) {
		assertThat(VideoEmbed.of(url)).contains(new VideoEmbed(provider, id));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/watch?v=dQw4w9WgXcQ",
			"https://youtube.com.evil.example/embed/dQw4w9WgXcQ",
			"javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ", "ftp://youtube.com/watch?v=dQw4w9WgXcQ",
			"https://user@youtube.com/watch?v=dQw4w9WgXcQ", "https://youtube.com:8443/watch?v=dQw4w9WgXcQ",
			"https://www.youtube.com/watch?v=short", "https://www.youtube.com/watch?v=dQw4w9WgXcQ\"onload=\"x",
			"https://www.youtube.com/channel/UC123", "https://vimeo.com/about", "//youtube.com/watch?v=dQw4w9WgXcQ",
			"youtube.com/watch?v=dQw4w9WgXcQ", "", "not a url at all" })
	void anythingElseIsNot(String url) {
		assertThat(VideoEmbed.of(url)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({
			"youtube, dQw4w9WgXcQ, https://www.youtube.com/watch?v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
			"vimeo, 76979871, https://vimeo.com/76979871, https://player.vimeo.com/video/76979871",
			"dailymotion, x8abcd1, https://www.dailymotion.com/video/x8abcd1, https://www.dailymotion.com/embed/video/x8abcd1" })
	void thePageAndThePlayerAreRebuiltFromTheId(String provider, String id, String page, String player) {
		var embed = new VideoEmbed(provider, id);

		assertThat(embed.pageUrl()).isEqualTo(page);
		assertThat(embed.playerUrl()).isEqualTo(player);
	}

}
