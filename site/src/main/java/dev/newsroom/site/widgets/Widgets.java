package dev.newsroom.site.widgets;

import java.util.List;

/**
 * What the side column shows of the outside world: the last good values, and when they
 * were fetched. A widget with nothing fresh enough has no rows, and the page shows a calm
 * placeholder in its place.
 *
 * @param ratesUpdated "08:30 29/11/2026", or null without rates
 * @param weatherUpdated the time of the oldest city shown, or null without any
 */
public record Widgets(List<RateRow> rates, String ratesUpdated, List<CityRow> cities, String weatherUpdated) {

	public boolean isEmpty() {
		return rates.isEmpty() && cities.isEmpty();
	}

	public record RateRow(String code, String buy, String sell) {
	}

	/**
	 * @param temperature "22°C"
	 */
	public record CityRow(String name, String temperature, String sky) {
	}

}
