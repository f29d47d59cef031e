package dev.newsroom.article.editorial;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Đà Nẵng đón 1,2 triệu lượt khách                | da-nang-don-1-2-trieu-luot-khach
			Thời sự: Tỉnh ủy họp phiên thường kỳ tháng 11!  | thoi-su-tinh-uy-hop-phien-thuong-ky-thang-11
			ĐƯỜNG ĐIỆN 500kV mạch 3 về đích                 | duong-dien-500kv-mach-3-ve-dich
			  “Mùa vàng” trên cao nguyên — Ảnh: Lê Thị Hồng | mua-vang-tren-cao-nguyen-anh-le-thi-hong
			Nghệ An và Hà Tĩnh                              | nghe-an-va-ha-tinh
			""")
	void dropsMarksAndPunctuation(String title, String slug) {
		assertThat(Slugs.of(title)).isEqualTo(slug);
	}

	@Test
	void treatsDecomposedInputLikePrecomposed() {
		String decomposed = "Nghe\u0323\u0302 An"; // e + dot below + circumflex, as some
													// keyboards type it
		assertThat(Slugs.of(decomposed)).isEqualTo("nghe-an");
	}

	@Test
	void cutsLongTitlesAfterAWholeWord() {
		String title = "Hội nghị tổng kết công tác năm và triển khai nhiệm vụ trọng tâm của ngành "
				+ "giáo dục tỉnh trong giai đoạn mới với nhiều đổi mới";
		String slug = Slugs.of(title);
		assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).startsWith("hoi-nghi-tong-ket").doesNotEndWith("-");
		assertThat(slug).isEqualTo(
				"hoi-nghi-tong-ket-cong-tac-nam-va-trien-khai-nhiem-vu-trong-tam-cua-nganh-giao-duc-tinh-trong-giai");
	}

	@Test
	void aSingleOverlongWordIsCutAtTheLimit() {
		assertThat(Slugs.of("a".repeat(150))).hasSize(Slugs.MAX_LENGTH);
	}

	@Test
	void everyNumberOfALongSlugSharesAStemEndingOnAWholeWordWithinTheLimit() {
		String slug = Slugs.of("Hội nghị tổng kết công tác năm và triển khai nhiệm vụ trọng tâm của ngành "
				+ "giáo dục tỉnh trong giai đoạn mới với nhiều đổi mới");

		String stem = Slugs.numberingStem(slug);

		assertThat(stem)
			.isEqualTo("hoi-nghi-tong-ket-cong-tac-nam-va-trien-khai-nhiem-vu-trong-tam-cua-nganh-giao-duc-tinh");
		assertThat(stem + "-" + 999_999_999).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
		assertThat(Slugs.numberingStem("ban-tin-trua")).isEqualTo("ban-tin-trua");
	}

}
