package dev.newsroom.viewcounter.mostread;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import dev.newsroom.viewcounter.counting.Counter;

/** The spans a most-read list covers, in the portal's days. */
enum Window {

	DAY(1), WEEK(7), MONTH(30), ALL(0);

	private final int days;

	Window(int days) {
		this.days = days;
	}

	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<Window> of(String key) {
		return Arrays.stream(values()).filter(window -> window.key().equals(key)).findFirst();
	}

	long viewsOf(Counter counter, LocalDate today) {
		return this == ALL ? counter.total() : counter.viewsOfLastDays(today, days);
	}

}
