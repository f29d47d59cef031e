package dev.newsroom.comment.submitting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentFormTest {

	@Test
	void theTextIsStoredInNfcWithOneKindOfLineBreakAndAtMostOneBlankLine() {
		String decomposed = "Vie\u0302\u0323t Nam";

		CommentForm form = new CommentForm(" a1 ", "  Nguye\u0302\u0303n   An ", " An@Example.VN ",
				decomposed + "\r\n\r\n\r\n\r\nDòng   \r\nhai\rba  ", "x")
			.normalized();

		assertThat(form.articleId()).isEqualTo("a1");
		assertThat(form.name()).isEqualTo("Nguyễn An");
		assertThat(form.email()).isEqualTo("an@example.vn");
		assertThat(form.content()).isEqualTo("Việt Nam\n\nDòng\nhai\nba");
	}

	@Test
	void aBlankEmailIsNone() {
		assertThat(new CommentForm("a", "An", " ", "Chào", "x").normalized().email()).isNull();
	}

}
