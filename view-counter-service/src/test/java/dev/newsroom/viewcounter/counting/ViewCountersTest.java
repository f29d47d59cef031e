package dev.newsroom.viewcounter.counting;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ViewCountersTest {

	@Test
	void aStoredDayIsReadAsTheDayItWasWrittenFrom() {
		for (LocalDate day : new LocalDate[] { LocalDate.of(2020, 10, 16), LocalDate.of(2024, 2, 29),
				LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1) }) {
			assertThat(ViewCounters.day(day.toString())).isEqualTo(day);
		}
	}

	@Test
	void aDayThatIsNoneIsRefusedAsLocalDateRefusesIt() {
		// in the form, but no day of the calendar
		assertThatThrownBy(() -> ViewCounters.day("2023-02-29")).isInstanceOf(DateTimeException.class);
		for (String notADay : new String[] { "16/10/2020", "2020-+1-16", "2020-1-16", "2020-01-16T00:00",
				"\u0662\u0660\u0662\u0660-01-16" }) {
			assertThatThrownBy(() -> ViewCounters.day(notADay)).as(notADay).isInstanceOf(DateTimeParseException.class);
		}
	}

}
