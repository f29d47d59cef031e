package dev.newsroom.site.widgets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.newsroom.events.Lease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fetches the widgets' values on a schedule, on one instance at a time (a lease in the
 * site's database), and keeps each good one. A failure keeps the last good value and is
 * logged; it never reaches a page. Only the providers' answers are waited on here, never
 * by a reader.
 */
@Component
class WidgetRefresher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(WidgetRefresher.class);

	private final WidgetSettings settings;

	private final WidgetValues values;

	private final JsonMapper json;

	private final Clock clock;

	private final Lease lease;

	private final Provider bank;

	private final Provider meteo;

	/** When each widget was last tried by this instance: a failure waits its turn too. */
	private final Map<String, Instant> lastTried = new HashMap<>();

	WidgetRefresher(WidgetSettings settings, WidgetValues values, JsonMapper json, MongoTemplate mongo, Clock clock) {
		this.settings = settings;
		this.values = values;
		this.json = json;
		this.clock = clock;
		// held across a slow round of retries: the longest round is well inside it
		this.lease = new Lease(mongo, "widgets", settings.checkEvery().multipliedBy(4).plusMinutes(2), clock);
		int maxBytes = (int) settings.maxBody().toBytes();
		this.bank = new Provider("exchange-rates", settings.timeout(), maxBytes, Duration.ofSeconds(1),
				Duration.ofMinutes(5));
		this.meteo = new Provider("weather", settings.timeout(), maxBytes, Duration.ofSeconds(1),
				Duration.ofMinutes(5));
	}

	@Scheduled(fixedDelayString = "${newsroom.site.widgets.check-every}",
			initialDelayString = "${newsroom.site.widgets.check-every}")
	void refreshDue() {
		if (!lease.renew()) {
			return;
		}
		if (settings.exchangeRates().enabled() && due("exchange-rates", settings.exchangeRates().refresh())) {
			refreshRates();
		}
		if (settings.weather().enabled() && due("weather", settings.weather().refresh())) {
			refreshWeather();
		}
	}

	/** Fetches the rates now; true if a good value was kept. */
	boolean refreshRates() {
		lastTried.put("exchange-rates", clock.instant());
		try {
			values.keepRates(ExchangeRateFeed.parse(bank.get(settings.exchangeRates().url()),
					settings.exchangeRates().currencies()));
			return true;
		}
		catch (ProviderException failed) {
			log.warn("Exchange rates not refreshed; the last good ones stay: {}", failed.getMessage());
			return false;
		}
	}

	/** Fetches every city's weather now; the number of cities kept. */
	int refreshWeather() {
		lastTried.put("weather", clock.instant());
		int kept = 0;
		for (WidgetSettings.City city : settings.weather().cities()) {
			try {
				values.keepWeather(city.name(), WeatherFeed.parse(meteo.get(settings.weather().urlOf(city)), json));
				kept++;
			}
			catch (ProviderException failed) {
				log.warn("Weather of {} not refreshed; the last good one stays: {}", city.name(), failed.getMessage());
			}
		}
		return kept;
	}

	private boolean due(String widget, Duration refresh) {
		Instant tried = lastTried.get(widget);
		return tried == null || !tried.plus(refresh).isAfter(clock.instant());
	}

	@Override
	public void destroy() {
		lease.release();
		bank.close();
		meteo.close();
	}

}
