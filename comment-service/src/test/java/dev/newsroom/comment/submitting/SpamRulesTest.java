package dev.newsroom.comment.submitting;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpamRulesTest {

	@Test
	void moreLinksThanAllowedIsASignal() {
		var rules = new SpamRules(2, List.of());

		assertThat(rules.signals("An", "Xem https://a.example và www.b.example")).isEmpty();
		assertThat(rules.signals("An", "https://a.example http://b.example WWW.c.example")).containsExactly("3 links");
		assertThat(rules.signals("http://a.example", "http://b.example www.c.example")).containsExactly("3 links");
	}

	@Test
	void aBlockedWordMatchesWhateverTheToneMarksAndCaseButOnlyAsAWholeWord() {
		var rules = new SpamRules(2, List.of("Cờ bạc", "đánh bài", " "));

		assertThat(rules.signals("An", "Chơi CỜ BẠC online")).containsExactly("blocked word: co bac");
		assertThat(rules.signals("An", "choi co bac online")).containsExactly("blocked word: co bac");
		assertThat(rules.signals("Danh bai", "xin chào")).containsExactly("blocked word: danh bai");
		assertThat(rules.signals("An", "cơ bạch tuộc")).isEmpty();
		assertThat(rules.signals("An", "Ý kiến bình thường")).isEmpty();
	}

}
