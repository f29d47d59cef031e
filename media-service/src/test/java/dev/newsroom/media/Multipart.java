package dev.newsroom.media;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body as a browser sends it: text fields and files, UTF-8
 * throughout.
 */
public final class Multipart {

	private final String boundary = "----newsroom" + UUID.randomUUID().toString().replace("-", "");

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	public static Multipart form() {
		return new Multipart();
	}

	public Multipart field(String name, String value) {
		write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
		return this;
	}

	public Multipart file(String name, String filename, String contentType, byte[] bytes) {
		write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		body.writeBytes(bytes);
		write("\r\n");
		return this;
	}

	public String contentType() {
		return "multipart/form-data; boundary=" + boundary;
	}

	public BodyPublisher body() {
		return BodyPublishers.ofByteArray(bytes());
	}

	public byte[] bytes() {
		var complete = new ByteArrayOutputStream();
		complete.writeBytes(body.toByteArray());
		complete.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return complete.toByteArray();
	}

	private void write(String text) {
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
