package dev.newsroom.site.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The site's stylesheet and script. The pages name them with {@code ?v=} and the hash of
 * their bytes, so browsers keep them a year and a new version is fetched at once.
 */
@RestController
class Assets {

	private static final Map<String, MediaType> FILES = Map.of("site.css", new MediaType("text", "css"), "site.js",
			new MediaType("text", "javascript"), "favicon.svg", new MediaType("image", "svg+xml"));

	private final Map<String, byte[]> bytes;

	private final String version;

	Assets() {
		this.bytes = Map.of("site.css", read("site.css"), "site.js", read("site.js"), "favicon.svg",
				read("favicon.svg"));
		this.version = hash(bytes.get("site.css"), bytes.get("site.js"), bytes.get("favicon.svg"));
	}

	String version() {
		return version;
	}

	@GetMapping("/assets/{name}")
	ResponseEntity<byte[]> asset(@PathVariable String name, @RequestParam(name = "v", required = false) String v) {
		byte[] file = bytes.get(name);
		if (file == null) {
			throw new PageNotFoundException();
		}
		CacheControl cache = version.equals(v) ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
				: CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
		return ResponseEntity.ok()
			.contentType(new MediaType(FILES.get(name), StandardCharsets.UTF_8))
			.cacheControl(cache)
			.body(file);
	}

	private static byte[] read(String name) {
		try (InputStream in = Assets.class.getResourceAsStream("/assets/" + name)) {
			if (in == null) {
				throw new IllegalStateException("The site's " + name + " is missing from its jar");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String hash(byte[]... files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (byte[] file : files) {
				digest.update(file);
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
