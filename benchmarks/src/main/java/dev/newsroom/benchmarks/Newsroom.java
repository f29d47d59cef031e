package dev.newsroom.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import tools.jackson.databind.json.JsonMapper;

/** What the benchmarks of a running stack need of it as an editor. */
final class Newsroom {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Newsroom() {
	}

	/** Sends the request; any answer but a success fails the run. */
	static HttpResponse<String> send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(
					request.uri() + " answered " + response.statusCode() + ": " + response.body());
		}
		return response;
	}

	/**
	 * A publisher's token from the gateway, with the password of the environment or the
	 * one {@code ./newsroom up} made.
	 */
	static String publisherToken(HttpClient http, String gateway) throws IOException, InterruptedException {
		String password = System.getenv("NEWSROOM_PUBLISHER_PASSWORD");
		if (password == null) {
			var credentials = new Properties();
			try (var in = Files.newBufferedReader(Path.of("var", "credentials.properties"))) {
				credentials.load(in);
			}
			password = credentials.getProperty("publisher");
		}
		HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("username", "publisher", "password", password))))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (token.statusCode() != 200) {
			throw new IllegalStateException("No token from the gateway: " + token.statusCode() + " " + token.body());
		}
		return JSON.readTree(token.body()).get("access_token").asString();
	}

}
