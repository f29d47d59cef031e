package dev.newsroom.site.widgets;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where the side column's widgets come from and how patiently they are fetched.
 *
 * @param timeout the longest one fetch may take, answer included
 * @param maxBody the largest answer read; a larger one is a failure
 * @param checkEvery how often the instance holding the lease looks for a widget due
 */
@ConfigurationProperties("newsroom.site.widgets")
record WidgetSettings(Duration timeout, DataSize maxBody, Duration checkEvery, ExchangeRates exchangeRates,
		Weather weather) {

	/**
	 * A bank's public XML feed of rates
	 * ({@code <Exrate CurrencyCode Buy Transfer Sell>}).
	 *
	 * @param url none: the widget is not shown
	 * @param refresh how often the rates are fetched again
	 * @param showFor how long the last good rates are shown
	 */
	record ExchangeRates(URI url, Duration refresh, Duration showFor, List<String> currencies) {

		boolean enabled() {
			return url != null && !url.toString().isBlank();
		}

	}

	/**
	 * Open-Meteo's current weather, one request per city.
	 *
	 * @param url the request, with {@code {latitude}} and {@code {longitude}} in it;
	 * empty: the widget is not shown
	 */
	record Weather(String url, Duration refresh, Duration showFor, List<City> cities) {

		boolean enabled() {
			return url != null && !url.isBlank() && cities != null && !cities.isEmpty();
		}

		URI urlOf(City city) {
			return URI.create(url.replace("{latitude}", String.valueOf(city.latitude()))
				.replace("{longitude}", String.valueOf(city.longitude())));
		}

	}

	record City(String name, double latitude, double longitude) {
	}

}
