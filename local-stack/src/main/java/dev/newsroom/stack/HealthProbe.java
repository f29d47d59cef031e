package dev.newsroom.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** One quick look at whether a process serves; callers poll it. */
interface HealthProbe {

	/**
	 * Every process of the stack is reachable on the IPv4 loopback, while "localhost" may
	 * resolve to ::1 first on some machines.
	 */
	String LOOPBACK = "127.0.0.1";

	boolean isUp();

	/** Enough for a MongoDB-wire server: it opens its store before it binds its port. */
	record Tcp(int port) implements HealthProbe {

		@Override
		public boolean isUp() {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(LOOPBACK, port), 1000);
				return true;
			}
			catch (IOException ex) {
				return false;
			}
		}

	}

	/**
	 * The broker accepts connections before it has joined its own cluster; a described
	 * cluster with a node in it means clients can produce and consume.
	 */
	record KafkaCluster(int port) implements HealthProbe {

		@Override
		public boolean isUp() {
			if (!new Tcp(port).isUp()) {
				return false;
			}
			Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LOOPBACK + ":" + port,
					AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
					3000);
			try (Admin admin = Admin.create(config)) {
				return !admin.describeCluster().nodes().get(4, TimeUnit.SECONDS).isEmpty();
			}
			catch (Exception ex) {
				if (ex instanceof InterruptedException) {
					Thread.currentThread().interrupt();
				}
				return false;
			}
		}

	}

	/** Spring Boot answers 503 with "DOWN" until its database and broker checks pass. */
	record ActuatorHealth(int port) implements HealthProbe {

		private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

		private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

		@Override
		public boolean isUp() {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://" + LOOPBACK + ":" + port + "/actuator/health"))
				.timeout(Duration.ofSeconds(3))
				.build();
			try {
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
				return response.statusCode() == 200 && UP.matcher(response.body()).find();
			}
			catch (IOException ex) {
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

	}

}
