package dev.newsroom.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One process of a service, started from its jar as operators start it, on a port of its
 * own, with its log kept under {@code target} for a look after a failure.
 */
final class ServiceProcess {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String name;

	private final int port;

	private final Process process;

	private final Path log;

	private ServiceProcess(String name, int port, Process process, Path log) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	/**
	 * @param service the module, whose {@code target/<service>.jar} is started
	 * @param name this instance's name among the test's
	 * @param environment the service's settings, as operators give them
	 */
	static ServiceProcess start(String service, String name, Path logs, Map<String, String> environment) {
		int port = freePort();
		var command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
				TestStacks.ROOT.resolve(service + "/target/" + service + ".jar").toString());
		Map<String, String> settings = new HashMap<>(environment);
		settings.put("SERVER_PORT", String.valueOf(port));
		command.environment().putAll(settings);
		Path log = logs.resolve(service + "-" + name + ".log");
		command.redirectErrorStream(true).redirectOutput(log.toFile());
		try {
			Files.createDirectories(logs);
			return new ServiceProcess(service + " " + name, port, command.start(), log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return port;
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** SIGKILL: no shutdown hook runs, nothing is handed over. */
	void kill() {
		process.destroyForcibly();
	}

	HttpResponse<String> get(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	void awaitHealthy() {
		try {
			await().atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofMillis(500))
				.ignoreExceptions()
				.until(() -> {
					assertThat(process.isAlive()).as("%s is running", name).isTrue();
					return get("/actuator/health").statusCode() == 200;
				});
		}
		catch (RuntimeException notHealthy) {
			throw new AssertionError(name + " did not become healthy:\n" + log(), notHealthy);
		}
	}

	private String log() {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
