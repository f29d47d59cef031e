package dev.newsroom.article.search;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTest {

	@Test
	void foldedWordsLoseEveryMarkAndDBecomesD() {
		assertThat(SearchQuery.parse("Chiến thắng Điện Biên Phủ").folded()).containsExactly(List.of("chien"),
				List.of("thang"), List.of("dien"), List.of("bien"), List.of("phu"));
	}

	@Test
	void everyVietnameseVowelFoldsToItsLetter() {
		assertThat(SearchQuery.parse("ẮẰẲẴẶ ấầẩẫậ ếềểễệ ÍÌỈĨỊ ốồổỗộ ớờởỡợ ứừửữự ỳýỷỹỵ ĐƯƠ").folded()).containsExactly(
				List.of("aaaaa"), List.of("aaaaa"), List.of("eeeee"), List.of("iiiii"), List.of("ooooo"),
				List.of("ooooo"), List.of("uuuuu"), List.of("yyyyy"), List.of("duo"));
	}

	@Test
	void oldAndNewTonePlacementAreTheSameWord() {
		assertThat(exact("hoà")).isEqualTo(exact("hòa")).isNotEqualTo(exact("hoa")).isNotEqualTo(exact("hóa"));
		assertThat(exact("thuý")).isEqualTo(exact("thúy"));
		assertThat(exact("khoẻ")).isEqualTo(exact("khỏe"));
		assertThat(exact("Quý")).isEqualTo(exact("qúy"));
	}

	@Test
	void vowelsOfAnotherQualityStayDifferentWords() {
		assertThat(exact("hơn")).isNotEqualTo(exact("hon"));
		assertThat(exact("đá")).isNotEqualTo(exact("dá"));
		assertThat(exact("tư")).isNotEqualTo(exact("tu"));
	}

	@Test
	void decomposedInputIsTheSameQuery() {
		String typed = "Hòa bình \"Điện Biên\"";

		assertThat(SearchQuery.parse(Normalizer.normalize(typed, Normalizer.Form.NFD)))
			.isEqualTo(SearchQuery.parse(typed));
	}

	@Test
	void quotedWordsAreOnePhraseAndPunctuationIsNoWord() {
		SearchQuery query = SearchQuery.parse("\"giá vàng\" hôm nay !!! \"");

		assertThat(query.folded()).containsExactly(List.of("gia", "vang"), List.of("hom"), List.of("nay"));
		assertThat(query.words()).isEqualTo(4);
		assertThat(SearchQuery.parse("… !!! \"\"").isEmpty()).isTrue();
	}

	private static String exact(String word) {
		List<List<String>> exact = SearchQuery.parse(word).exact();
		assertThat(exact).hasSize(1);
		return exact.get(0).get(0);
	}

}
