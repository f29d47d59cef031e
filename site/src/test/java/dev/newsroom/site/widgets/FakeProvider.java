package dev.newsroom.site.widgets;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A provider of a widget on this machine that answers as it is told: well, with an error,
 * malformed, huge, slowly, or not at all over TLS (a plain socket that writes garbage
 * where a TLS server would answer the handshake).
 */
final class FakeProvider implements AutoCloseable {

	static final String RATES = """
			<?xml version="1.0" encoding="utf-8"?>
			<ExrateList>
			<DateTime>11/29/2026 8:30:15 AM</DateTime>
			<Exrate CurrencyCode="AUD" CurrencyName="AUSTRALIAN DOLLAR" Buy="16,562.53" Transfer="16,729.83" Sell="17,266.72" />
			<Exrate CurrencyCode="USD" CurrencyName="US DOLLAR" Buy="25,870.00" Transfer="25,900.00" Sell="26,260.00" />
			<Exrate CurrencyCode="EUR" CurrencyName="EURO" Buy="29,851.20" Transfer="30,152.73" Sell="31,488.34" />
			<Exrate CurrencyCode="XSS" CurrencyName="&lt;script&gt;" Buy="&lt;script&gt;alert(1)&lt;/script&gt;" Transfer="1" Sell="1" />
			<Source>Joint Stock Commercial Bank for Foreign Trade of Vietnam - Vietcombank</Source>
			</ExrateList>
			""";

	static final String WEATHER = """
			{"latitude":11.94,"longitude":108.46,"current":{"time":"2026-11-29T08:30","temperature_2m":18.6,"weather_code":3}}""";

	enum Mode {

		GOOD, ERROR_500, MALFORMED, HUGE, SLOW

	}

	private final HttpServer server;

	private final ServerSocket notTls;

	private final Thread garbage;

	final AtomicInteger requests = new AtomicInteger();

	volatile Mode mode = Mode.GOOD;

	/** Holds the slow answers until the provider closes. */
	private final CountDownLatch slowAnswers = new CountDownLatch(1);

	FakeProvider() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			boolean weather = exchange.getRequestURI().getPath().startsWith("/weather");
			byte[] body = switch (mode) {
				case GOOD, SLOW -> (weather ? WEATHER : RATES).getBytes(StandardCharsets.UTF_8);
				case ERROR_500 -> "System.Net.WebException: The request was aborted".getBytes(StandardCharsets.UTF_8);
				case MALFORMED -> (weather ? "{\"current\":{\"temperature_2m\":\"hot\"" : "<ExrateList><Exrate Curr")
					.getBytes(StandardCharsets.UTF_8);
				case HUGE -> new byte[2 * 1024 * 1024];
			};
			if (mode == Mode.SLOW) {
				// no answer until the test lets it go: slower than any time limit
				awaitRelease();
			}
			exchange.sendResponseHeaders(mode == Mode.ERROR_500 ? 500 : 200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
			catch (IOException clientGaveUp) {
				// the site stopped reading, as it should
			}
		});
		// a slow answer must not hold up the next request
		server.setExecutor(Executors.newCachedThreadPool());
		server.start();
		notTls = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		garbage = new Thread(() -> {
			while (!notTls.isClosed()) {
				try (Socket socket = notTls.accept()) {
					socket.getOutputStream().write("HTTP/1.1 200 OK\r\n\r\nnot a handshake".getBytes());
				}
				catch (IOException closed) {
					// closing the test
				}
			}
		}, "fake-provider-not-tls");
		garbage.setDaemon(true);
		garbage.start();
	}

	URI url(String path) {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
	}

	/** An https address whose server answers the handshake with plain text. */
	URI failingTls() {
		return URI.create("https://127.0.0.1:" + notTls.getLocalPort() + "/rates.xml");
	}

	private void awaitRelease() {
		try {
			slowAnswers.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() throws IOException {
		slowAnswers.countDown();
		server.stop(0);
		notTls.close();
	}

}
