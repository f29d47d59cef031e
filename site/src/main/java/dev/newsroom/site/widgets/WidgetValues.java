package dev.newsroom.site.widgets;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import dev.newsroom.site.SiteSettings;
import dev.newsroom.site.widgets.ExchangeRateFeed.Rate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The last good value of each widget, kept in the site's database so that every instance
 * shows it and a restart loses nothing. A page reads these and never waits on a provider.
 */
@Component
public class WidgetValues {

	private static final String RATES = "exchange-rates";

	private final MongoTemplate mongo;

	private final WidgetSettings settings;

	private final Clock clock;

	private final DateTimeFormatter updated;

	WidgetValues(MongoTemplate mongo, WidgetSettings settings, SiteSettings site, Clock clock) {
		this.mongo = mongo;
		this.settings = settings;
		this.clock = clock;
		this.updated = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(site.timeZone());
	}

	void keepRates(List<Rate> rates) {
		mongo.save(new StoredRates(RATES, clock.instant(), rates), "widgets");
	}

	void keepWeather(String city, WeatherFeed.Current current) {
		mongo.save(new StoredWeather(city, clock.instant(), current.temperature(), current.code()), "weather");
	}

	/** What the widgets show now: only values younger than their {@code show-for}. */
	public Widgets current() {
		Instant now = clock.instant();
		List<Widgets.RateRow> rates = List.of();
		String ratesUpdated = null;
		if (settings.exchangeRates().enabled()) {
			StoredRates stored = mongo.findById(RATES, StoredRates.class, "widgets");
			if (stored != null && stored.fetchedAt().plus(settings.exchangeRates().showFor()).isAfter(now)) {
				rates = stored.rates()
					.stream()
					.map(rate -> new Widgets.RateRow(rate.code(), rate.buy(), rate.sell()))
					.toList();
				ratesUpdated = updated.format(stored.fetchedAt());
			}
		}
		List<StoredWeather> weather = List.of();
		if (settings.weather().enabled()) {
			List<String> cities = settings.weather().cities().stream().map(WidgetSettings.City::name).toList();
			weather = mongo.findAll(StoredWeather.class, "weather")
				.stream()
				.filter(city -> cities.contains(city.city()))
				.filter(city -> city.fetchedAt().plus(settings.weather().showFor()).isAfter(now))
				.sorted(Comparator.comparing(city -> cities.indexOf(city.city())))
				.toList();
		}
		return new Widgets(rates, ratesUpdated, weather.stream()
			.map(city -> new Widgets.CityRow(city.city(), city.temperature() + "°C", WeatherFeed.describe(city.code())))
			.toList(),
				weather.stream()
					.map(StoredWeather::fetchedAt)
					.min(Comparator.naturalOrder())
					.map(updated::format)
					.orElse(null));
	}

	record StoredRates(@Id String id, Instant fetchedAt, List<Rate> rates) {
	}

	record StoredWeather(@Id String city, Instant fetchedAt, long temperature, int code) {
	}

}
