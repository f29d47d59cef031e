package dev.newsroom.site.articles;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeysTest {

	@Test
	void sectionsAndTagsAreFoldedIntoAddresses() {
		assertThat(Keys.of("Thời sự")).isEqualTo("thoi-su");
		assertThat(Keys.of("Xây dựng Đảng")).isEqualTo("xay-dung-dang");
		assertThat(Keys.of("  Kinh tế - Xã hội! ")).isEqualTo("kinh-te-xa-hoi");
	}

	@Test
	void wordsAreFoldedWhetherTheirMarksAreComposedOrNot() {
		String decomposed = Normalizer.normalize("Hoà bình", Normalizer.Form.NFD);

		assertThat(Keys.words(decomposed)).containsExactly("hoa", "binh");
		assertThat(Keys.words("Đà Lạt, 2026")).containsExactly("da", "lat", "2026");
		assertThat(Keys.words(" ... ")).isEmpty();
	}

}
