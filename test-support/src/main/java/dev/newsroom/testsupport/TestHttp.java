package dev.newsroom.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP against a service under test, so tests see exactly what a client sees. */
public final class TestHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final Map<String, String> headers;

	public TestHttp(String baseUrl) {
		this(baseUrl, Map.of());
	}

	private TestHttp(String baseUrl, Map<String, String> headers) {
		this.baseUrl = baseUrl;
		this.headers = headers;
	}

	/** The same client, sending this header with every request too. */
	public TestHttp withHeader(String name, String value) {
		var more = new java.util.HashMap<>(headers);
		more.put(name, value);
		return new TestHttp(baseUrl, Map.copyOf(more));
	}

	public Response get(String path) {
		return send(request(path, null).GET());
	}

	public Response get(String path, String authorization) {
		return send(request(path, authorization).GET());
	}

	public Response post(String path, String json, String authorization) {
		return send(request(path, authorization).header("Content-Type", "application/json")
			.POST(json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json)));
	}

	public Response put(String path, String json, String authorization) {
		return send(request(path, authorization).header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString(json)));
	}

	public Response patch(String path, String json, String authorization) {
		return send(request(path, authorization).header("Content-Type", "application/json")
			.method("PATCH", BodyPublishers.ofString(json)));
	}

	public Response delete(String path, String authorization) {
		return send(request(path, authorization).DELETE());
	}

	public Response post(String path, String contentType, BodyPublisher body, String authorization) {
		return send(request(path, authorization).header("Content-Type", contentType).POST(body));
	}

	private HttpRequest.Builder request(String path, String authorization) {
		var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20));
		headers.forEach(builder::header);
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			var response = client.send(request.build(), BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Response(int status, String contentType, byte[] bytes, Map<String, List<String>> headers) {

		/** The first value of a header, or null; names match in any case. */
		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(header -> header.getKey().equalsIgnoreCase(name))
				.flatMap(header -> header.getValue().stream())
				.findFirst()
				.orElse(null);
		}

		public JsonNode json() {
			return JSON.readTree(bytes);
		}

		public String text() {
			return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
		}

	}

}
