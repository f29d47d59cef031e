package dev.newsroom.site.pages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import dev.newsroom.site.SiteSettings;

import org.springframework.stereotype.Component;

/** Dates as the portal's readers write them: 16/10/2020, on their calendar. */
@Component
class Dates {

	private final DateTimeFormatter day;

	private final DateTimeFormatter time;

	private final ZoneId zone;

	Dates(SiteSettings settings) {
		this.zone = settings.timeZone();
		this.day = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(zone);
		this.time = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(zone);
	}

	String day(Instant instant) {
		return instant == null ? "" : day.format(instant);
	}

	/** "08:30 16/10/2020": a comment's time. */
	String time(Instant instant) {
		return instant == null ? "" : time.format(instant);
	}

	/** With its offset, for machines: {@code 2020-10-16T08:30:00+07:00}. */
	String iso(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
	}

	ZoneId zone() {
		return zone;
	}

}
