package dev.newsroom.web.text;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextConstraintsTest {

	static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	static final Validator validator = factory.getValidator();

	record Title(@PlainText String text) {
	}

	record Lead(@PlainText(multiline = true) String text) {
	}

	record Body(@WellFormedText String text) {
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Kỷ niệm 90 năm Ngày truyền thống", "Giá vàng: 1 < 2 & 3 > 2", "AT&amp;T là &lt;b&gt;",
			"Tiếng Việt 😀 có emoji", "Đường 3/2 — a <= b", "giá lúa < giá thành" })
	void plainTextAsTyped(String text) {
		assertThat(validator.validate(new Title(text))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "Tin <b>nóng</b>", "x</p>", "<!-- c -->", "<?xml?>",
			"a\u0000b", "a\u0007b", "a\u0085b", "a\u2028b", "tab is\tfine but\nnot a line break", "\ud800 lone high",
			"lone low \udc00", "\uffff", "\ufdd0", "\ud83f\udffe" })
	void markupControlsAndBrokenUnicodeAreNotPlainText(String text) {
		assertThat(validator.validate(new Title(text))).hasSize(1);
	}

	@Test
	void aLeadMayBreakLines() {
		assertThat(validator.validate(new Lead("Dòng một\r\nDòng hai"))).isEmpty();
		assertThat(validator.validate(new Lead("Dòng một\n<b>hai</b>"))).hasSize(1);
	}

	@Test
	void aBodyMayHoldMarkupButNotBrokenText() {
		assertThat(validator.validate(new Body("<p>Đoạn một</p>\n<p>\tHai</p>"))).isEmpty();
		assertThat(validator.validate(new Body("<p>\u0000</p>"))).hasSize(1);
		assertThat(validator.validate(new Body("<p>\udc00</p>"))).hasSize(1);
		assertThat(validator.validate(new Body(null))).isEmpty();
	}

}
