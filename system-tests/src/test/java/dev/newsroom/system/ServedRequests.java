package dev.newsroom.system;

import dev.newsroom.testsupport.TestHttp;

/**
 * How many requests one instance says it answered, by its own Prometheus metrics: which
 * instance of a scaled service took part of a load, whatever the gateway chose.
 */
final class ServedRequests {

	private ServedRequests() {
	}

	/**
	 * Requests of a route, counted by Spring's {@code http.server.requests}; a null
	 * method or status counts any.
	 */
	static long count(int port, String method, String uri, String status) {
		String metrics = new TestHttp("http://localhost:" + port).get("/actuator/prometheus").text();
		return metrics.lines()
			.filter(line -> line.startsWith("http_server_requests_seconds_count{")
					&& line.contains("uri=\"" + uri + "\"")
					&& (method == null || line.contains("method=\"" + method + "\""))
					&& (status == null || line.contains("status=\"" + status + "\"")))
			.mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}
