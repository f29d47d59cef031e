package dev.newsroom.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Closed-loop load with wrk, the read path's load tool (see {@code bench/read}): a C
 * client that costs the shared cores far less than the JDK's HTTP client, so that the
 * figures are the server's. Optional: without wrk on the PATH there are no figures.
 */
final class Wrk {

	private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$");

	private static final Pattern RATE = Pattern.compile("^Requests/sec:\\s+([0-9.]+)\\s*$");

	/** wrk counts answers with a status of 400 and above here. */
	private static final Pattern ERRORS = Pattern.compile("^\\s*Non-2xx or 3xx responses:\\s+([0-9]+)\\s*$");

	/**
	 * Requests that got no answer: wrk leaves those that timed out out of its
	 * percentiles, so they must count as failed.
	 */
	private static final Pattern SOCKET_ERRORS = Pattern
		.compile("^\\s*Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)\\s*$");

	private Wrk() {
	}

	/**
	 * What one run measured.
	 *
	 * @param failed requests answered with an error or not at all
	 */
	record Figures(double rate, double p50Millis, double p99Millis, long failed) {
	}

	/**
	 * One request to send.
	 *
	 * @param headers each {@code {n}} in a value becomes the request's own number, unique
	 * across wrk's threads: a User-Agent of its own makes each request a reader of its
	 * own
	 * @param body none if {@code null}
	 */
	record Request(String method, String path, Map<String, String> headers, String body) {

		static Request get(String path) {
			return new Request("GET", path, Map.of(), null);
		}

	}

	/**
	 * {@code connections} connections asking for the paths in turn, for {@code duration};
	 * empty if there is no wrk.
	 */
	static Optional<Figures> run(String base, List<String> paths, int connections, Duration duration)
			throws IOException, InterruptedException {
		return send(base, paths.stream().map(Request::get).toList(), connections, duration);
	}

	/**
	 * {@code connections} connections sending the requests in turn, for {@code duration};
	 * empty if there is no wrk.
	 */
	static Optional<Figures> send(String base, List<Request> requests, int connections, Duration duration)
			throws IOException, InterruptedException {
		Path script = Files.createTempFile("newsroom-wrk-", ".lua");
		Path output = Files.createTempFile("newsroom-wrk-", ".txt");
		try {
			Files.writeString(script, script(requests), StandardCharsets.UTF_8);
			List<String> command = List.of("wrk", "-t" + Math.min(2, connections), "-c" + connections,
					"-d" + duration.toSeconds() + "s", "--latency", "-s", script.toString(), base);
			Process wrk;
			try {
				wrk = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
			}
			catch (IOException notInstalled) {
				return Optional.empty();
			}
			if (!wrk.waitFor(duration.toSeconds() + 30, TimeUnit.SECONDS)) {
				wrk.destroyForcibly();
				throw new IllegalStateException("wrk did not end: " + Files.readString(output));
			}
			List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
			if (wrk.exitValue() != 0) {
				throw new IllegalStateException("wrk failed: " + String.join("\n", lines));
			}
			return Optional.of(figures(lines));
		}
		finally {
			Files.deleteIfExists(script);
			Files.deleteIfExists(output);
		}
	}

	private static String script(List<Request> requests) {
		String table = requests.stream()
			.map(request -> "{ method = %s, path = %s, headers = { %s }, body = %s }".formatted(
					quoted(request.method()), quoted(request.path()),
					request.headers()
						.entrySet()
						.stream()
						.map(header -> "[%s] = %s".formatted(quoted(header.getKey()), quoted(header.getValue())))
						.collect(Collectors.joining(", ")),
					request.body() == null ? "nil" : quoted(request.body())))
			.collect(Collectors.joining(",\n"));
		// setup runs in wrk's own state, once for each thread, before the threads start
		return """
				local requests = { %s }
				local threads = 0
				setup = function(thread)
				  thread:set("thread_number", threads)
				  threads = threads + 1
				end
				local turn = 0
				local sent = 0
				request = function()
				  turn = turn %% #requests + 1
				  sent = sent + 1
				  local r = requests[turn]
				  local headers = {}
				  for name, value in pairs(r.headers) do
				    headers[name] = string.gsub(value, "{n}", thread_number .. "-" .. sent)
				  end
				  return wrk.format(r.method, r.path, headers, r.body)
				end
				""".formatted(table);
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	static Figures figures(List<String> output) {
		double rate = Double.NaN;
		double p50 = Double.NaN;
		double p99 = Double.NaN;
		long failed = 0;
		for (String line : output) {
			Matcher percentile = PERCENTILE.matcher(line);
			if (percentile.matches()) {
				double millis = millis(Double.parseDouble(percentile.group(2)), percentile.group(3));
				if (percentile.group(1).equals("50")) {
					p50 = millis;
				}
				else {
					p99 = millis;
				}
			}
			Matcher requests = RATE.matcher(line);
			if (requests.matches()) {
				rate = Double.parseDouble(requests.group(1));
			}
			Matcher errors = ERRORS.matcher(line);
			if (errors.matches()) {
				failed += Long.parseLong(errors.group(1));
			}
			Matcher unanswered = SOCKET_ERRORS.matcher(line);
			if (unanswered.matches()) {
				for (int group = 1; group <= 4; group++) {
					failed += Long.parseLong(unanswered.group(group));
				}
			}
		}
		List<String> missing = new ArrayList<>();
		if (Double.isNaN(rate)) {
			missing.add("Requests/sec");
		}
		if (Double.isNaN(p50) || Double.isNaN(p99)) {
			missing.add("the latency distribution");
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("wrk printed no " + missing + ":\n" + String.join("\n", output));
		}
		return new Figures(rate, p50, p99, failed);
	}

	private static double millis(double value, String unit) {
		return switch (unit) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

}
