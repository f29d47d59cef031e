package dev.newsroom.site.articles;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyPartsTest {

	@Test
	void aFigureOfTheLibraryIsAPhotoWithTheArticlesCaption() {
		List<BodyPart> parts = BodyParts.of("<h2>Truyền thống</h2><p>Một.</p>"
				+ "<figure><img src=\"/media/abc-123/w640?v=1\"><figcaption>Tặng giấy khen</figcaption></figure>"
				+ "<p>Hai.</p>");

		assertThat(parts).containsExactly(BodyPart.html("<h2>Truyền thống</h2><p>Một.</p>"),
				BodyPart.photo("abc-123", "Tặng giấy khen"), BodyPart.html("<p>Hai.</p>"));
	}

	@Test
	void aPhotoAloneInAParagraphIsAPhotoWithTheLibrarysCaption() {
		assertThat(BodyParts.of("<p><img src=\"/media/abc\"></p>")).containsExactly(BodyPart.photo("abc", null));
	}

	@Test
	void imagesInsideTextAndPlayersStayInTheHtmlLoadedLazily() {
		List<BodyPart> parts = BodyParts.of("<p>Chữ <img src=\"/media/abc\"> chữ</p>"
				+ "<iframe src=\"https://www.youtube-nocookie.com/embed/x\"></iframe>");

		assertThat(parts).hasSize(1);
		assertThat(parts.get(0).html()).contains("<img src=\"/media/abc\" loading=\"lazy\">")
			.contains("<iframe src=\"https://www.youtube-nocookie.com/embed/x\" loading=\"lazy\">");
	}

	@Test
	void anEmptyBodyHasNoParts() {
		assertThat(BodyParts.of(null)).isEmpty();
		assertThat(BodyParts.of("  ")).isEmpty();
	}

}
