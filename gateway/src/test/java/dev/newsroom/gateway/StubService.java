package dev.newsroom.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for one service behind the gateway: records every request it receives and
 * answers with a little JSON naming itself. A path containing {@code /slow} is answered
 * only after a few seconds.
 */
public final class StubService {

	private final String name;

	private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

	private final Map<String, Answer> answers = new java.util.concurrent.ConcurrentHashMap<>();

	private int port;

	private HttpServer server;

	private ExecutorService executor;

	private StubService(String name) {
		this.name = name;
		listen();
		server.start();
	}

	public static StubService start(String name) {
		return new StubService(name);
	}

	public synchronized String url() {
		return "http://127.0.0.1:" + port;
	}

	public List<Received> received() {
		return List.copyOf(received);
	}

	/** What reached this path, in order. */
	public List<Received> received(String path) {
		return received.stream().filter(request -> request.path().equals(path)).toList();
	}

	public void forget() {
		received.clear();
		answers.clear();
	}

	/** From now on, GETs of this path get this answer. */
	public void answer(String path, int status, String body, String... headerNamesAndValues) {
		answers.put(path, new Answer(status, body, List.of(headerNamesAndValues)));
	}

	public synchronized void stop() {
		if (server != null) {
			server.stop(0);
			executor.shutdownNow();
			server = null;
		}
	}

	/** Listens again on the same port, like a service that came back after a crash. */
	public synchronized void restart() {
		if (server == null) {
			listen();
			server.start();
		}
	}

	private void listen() {
		try {
			// the first start takes a free port; a restart comes back on the same one
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		port = server.getAddress().getPort();
		executor = Executors.newFixedThreadPool(4);
		server.setExecutor(executor);
		server.createContext("/", this::answer);
	}

	private void answer(HttpExchange exchange) throws IOException {
		long bodyBytes;
		try (InputStream body = exchange.getRequestBody()) {
			bodyBytes = body.transferTo(OutputStream.nullOutputStream());
		}
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		exchange.getRequestHeaders().forEach(headers::put);
		String path = exchange.getRequestURI().getRawPath();
		received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers,
				bodyBytes));
		if (path.contains("/slow")) {
			try {
				Thread.sleep(3000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		Answer answer = answers.get(path);
		if (answer != null && "GET".equals(exchange.getRequestMethod())) {
			byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			for (int i = 0; i + 1 < answer.headers().size(); i += 2) {
				exchange.getResponseHeaders().add(answer.headers().get(i), answer.headers().get(i + 1));
			}
			exchange.sendResponseHeaders(answer.status(), body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
			return;
		}
		byte[] json = ("{\"service\":\"" + name + "\",\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\""
				+ path + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders("POST".equals(exchange.getRequestMethod()) ? 201 : 200, json.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(json);
		}
	}

	private record Answer(int status, String body, List<String> headers) {
	}

	/** One request as the service saw it. */
	public record Received(String method, String path, String query, Map<String, List<String>> headers,
			long bodyBytes) {

		public String header(String name) {
			List<String> values = headers.get(name);
			return values == null || values.isEmpty() ? null : values.get(0);
		}

	}

}
