package dev.newsroom.viewcounter.ingest;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who viewed, without knowing who. The beacon gives each browser a visitor id of its own,
 * signed with the service's key so that it cannot be made up: a script inventing a new id
 * per view gets no further than one without any. A view without a valid id is counted
 * under the new id it is given and also under its client, its address and User-Agent, so
 * that views without ids count once per client; later views with the id count under the
 * id alone, so readers sharing an office's address and browser are told apart from their
 * second view. Events carry only keyed hashes of these, enough to recognise a repeat view
 * and useless for tracking anyone elsewhere; no address is stored anywhere.
 */
@Component
class Visitors {

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	/** 128 random bits: an id no one guesses. */
	private static final int ID_BYTES = 16;

	private static final int SIGNATURE_BYTES = 16;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	Visitors(@Value("${newsroom.views.visitor-key}") String key) {
		this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/**
	 * The visitor of a view.
	 * @param visitorId the id the browser sent, valid or not, or null
	 */
	Visitor identify(String visitorId, String address, String userAgent) {
		String addressHash = hash("address:" + address);
		String id = idIn(visitorId);
		if (id != null) {
			return new Visitor(visitorId, hash("visitor:" + id), null, addressHash);
		}
		String fresh = BASE64.encodeToString(randomBytes());
		return new Visitor(fresh + "." + signatureOf(fresh), hash("visitor:" + fresh),
				hash("client:" + address + "|" + userAgent), addressHash);
	}

	/** The id within a signed visitor id, or null if it is not one this key signed. */
	private String idIn(String visitorId) {
		if (visitorId == null) {
			return null;
		}
		int dot = visitorId.indexOf('.');
		if (dot < 0) {
			return null;
		}
		String id = visitorId.substring(0, dot);
		byte[] expected = signatureOf(id).getBytes(StandardCharsets.US_ASCII);
		byte[] given = visitorId.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? id : null;
	}

	private String signatureOf(String id) {
		return BASE64.encodeToString(Arrays.copyOf(mac("id:" + id), SIGNATURE_BYTES));
	}

	private String hash(String value) {
		return HexFormat.of().formatHex(mac(value));
	}

	private byte[] mac(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	private byte[] randomBytes() {
		byte[] bytes = new byte[ID_BYTES];
		random.nextBytes(bytes);
		return bytes;
	}

	/**
	 * @param visitorId the signed id to give back to the browser: the one it sent if
	 * valid, or a new one
	 * @param visitorHash who viewed, for the repeat window
	 * @param clientHash the address and User-Agent of a view without a valid id, or null
	 * @param addressHash where from, for the per-address limit
	 */
	record Visitor(String visitorId, String visitorHash, String clientHash, String addressHash) {
	}

}
