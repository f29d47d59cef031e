package dev.newsroom.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.altcha.altcha.Altcha;
import tools.jackson.databind.JsonNode;

/**
 * Solves comment challenges as a reader's browser does: finds the number whose hash the
 * challenge names, and sends it back with the challenge, in base64 JSON.
 */
public final class TestChallenges {

	private TestChallenges() {
	}

	/** The solution of a challenge as {@code GET /api/comments/challenge} gave it. */
	public static String solve(JsonNode challenge) {
		String algorithm = challenge.get("algorithm").asString();
		String hash = challenge.get("challenge").asString();
		String salt = challenge.get("salt").asString();
		try {
			Altcha.Solution solution = Altcha.solveChallenge(hash, salt, Altcha.Algorithm.fromString(algorithm),
					challenge.get("maxnumber").asLong(), 0);
			if (solution == null) {
				throw new IllegalStateException("No number up to maxnumber solves " + challenge);
			}
			return encode(algorithm, hash, solution.number, salt, challenge.get("signature").asString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A payload of any content, to forge one. */
	public static String encode(String algorithm, String challenge, long number, String salt, String signature) {
		String json = """
				{"algorithm":"%s","challenge":"%s","number":%d,"salt":"%s","signature":"%s"}""".formatted(algorithm,
				challenge, number, salt, signature);
		return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
