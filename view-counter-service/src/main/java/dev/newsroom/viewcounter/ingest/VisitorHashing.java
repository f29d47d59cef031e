package dev.newsroom.viewcounter.ingest;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The visitor id a browser sends never leaves the beacon: events carry a keyed hash of
 * it, enough to recognise a repeat view and useless for tracking anyone elsewhere.
 */
@Component
class VisitorHashing {

	private final SecretKeySpec key;

	VisitorHashing(@Value("${newsroom.views.visitor-key}") String key) {
		this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	String hash(String visitorId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(visitorId.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
