package dev.newsroom.site.widgets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open-Meteo's current weather: {@code {"current":{"temperature_2m":22.4,
 * "weather_code":3}}}. Only a temperature on this planet and a known code are taken.
 */
final class WeatherFeed {

	private WeatherFeed() {
	}

	static Current parse(byte[] json, JsonMapper mapper) throws ProviderException {
		JsonNode current;
		try {
			current = mapper.readTree(json).path("current");
		}
		catch (Exception malformed) {
			throw new ProviderException("The weather is not Open-Meteo's JSON", malformed);
		}
		JsonNode temperature = current.path("temperature_2m");
		JsonNode code = current.path("weather_code");
		if (!temperature.isNumber() || !code.isInt() || Math.abs(temperature.asDouble()) > 70
				|| describe(code.asInt()) == null) {
			throw new ProviderException("The weather has no current temperature and code: " + current, null);
		}
		return new Current(Math.round(temperature.asDouble()), code.asInt());
	}

	/** The WMO weather code in words, or null for a code there is none. */
	static String describe(int code) {
		return switch (code) {
			case 0 -> "Trời quang";
			case 1 -> "Ít mây";
			case 2 -> "Có mây";
			case 3 -> "Nhiều mây";
			case 45, 48 -> "Sương mù";
			case 51, 53, 55, 56, 57 -> "Mưa phùn";
			case 61, 63, 66 -> "Mưa";
			case 65, 67 -> "Mưa to";
			case 71, 73, 75, 77, 85, 86 -> "Tuyết";
			case 80, 81 -> "Mưa rào";
			case 82 -> "Mưa rào mạnh";
			case 95, 96, 99 -> "Dông";
			default -> null;
		};
	}

	/**
	 * @param temperature in whole degrees Celsius
	 */
	record Current(long temperature, int code) {
	}

}
