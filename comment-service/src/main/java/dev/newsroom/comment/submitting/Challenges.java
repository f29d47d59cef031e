package dev.newsroom.comment.submitting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.altcha.altcha.Altcha;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * ALTCHA proof-of-work challenges: the reader's browser finds the number whose hash the
 * challenge names, which costs it a moment and a spammer's script that moment for every
 * comment; no outside service and nothing about the reader is involved. A challenge is
 * signed with the service's key, expires, and is redeemed once: the hash of a redeemed
 * one is kept, in the database every instance shares, until it would have expired anyway.
 */
@Component
class Challenges {

	private static final String ALGORITHM = "SHA-256";

	private final String key;

	private final long maxNumber;

	private final Duration lifetime;

	private final MongoTemplate mongo;

	private final JsonMapper json;

	private final Clock clock;

	Challenges(@Value("${newsroom.comments.key}") String key,
			@Value("${newsroom.comments.challenge.max-number}") long maxNumber,
			@Value("${newsroom.comments.challenge.lifetime}") Duration lifetime, MongoTemplate mongo, JsonMapper json,
			Clock clock) {
		this.key = key;
		this.maxNumber = maxNumber;
		this.lifetime = lifetime;
		this.mongo = mongo;
		this.json = json;
		this.clock = clock;
	}

	Challenge create() {
		try {
			// the hidden number from a secure generator, not a guessable one
			Altcha.Challenge made = Altcha.createChallenge(new Altcha.ChallengeOptions().setHmacKey(key)
				.setMaxNumber(maxNumber)
				.setSecureRandomNumber(true)
				.setExpiresInSeconds(lifetime.toSeconds()));
			return new Challenge(made.algorithm, made.challenge, made.maxnumber, made.salt, made.signature);
		}
		catch (Exception unavailableAlgorithm) {
			throw new IllegalStateException("Cannot make a challenge", unavailableAlgorithm);
		}
	}

	/**
	 * Redeems a solution: {@code VALID} once, then {@code USED}; {@code INVALID} if it is
	 * not a solution of a current challenge this service signed.
	 */
	Verdict redeem(String encoded) {
		Solution solution = parse(encoded);
		if (solution == null || !verifies(solution)) {
			return Verdict.INVALID;
		}
		try {
			mongo.insert(new RedeemedChallenge(solution.challenge(), clock.instant().plus(lifetime)));
			return Verdict.VALID;
		}
		catch (DuplicateKeyException redeemedBefore) {
			return Verdict.USED;
		}
	}

	/**
	 * Strict JSON, read once: the library's own reader takes quotes and commas loosely,
	 * so what it verified would not be what is redeemed.
	 */
	private Solution parse(String encoded) {
		try {
			// a widget may add fields of its own, such as how long it took
			Solution solution = json.readerFor(Solution.class)
				.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(Base64.getDecoder().decode(encoded));
			boolean complete = solution != null && ALGORITHM.equals(solution.algorithm())
					&& solution.challenge() != null && solution.number() != null && solution.salt() != null
					&& solution.signature() != null;
			return complete ? solution : null;
		}
		catch (IllegalArgumentException | JacksonException notASolution) {
			return null;
		}
	}

	private boolean verifies(Solution solution) {
		var payload = new Altcha.Payload();
		payload.algorithm = solution.algorithm();
		payload.challenge = solution.challenge();
		payload.number = solution.number();
		payload.salt = solution.salt();
		payload.signature = solution.signature();
		try {
			return Altcha.verifySolution(payload, key, true);
		}
		catch (Exception unavailableAlgorithm) {
			// every field is there and the algorithm is SHA-256: only the runtime can
			// fail
			throw new IllegalStateException("Cannot verify a solution", unavailableAlgorithm);
		}
	}

	enum Verdict {

		VALID, INVALID, USED

	}

	/** What a reader's browser gets, to solve. */
	record Challenge(String algorithm, String challenge, long maxnumber, String salt, String signature) {
	}

	/** What it sends back, base64-encoded JSON, as ALTCHA's widgets send it. */
	record Solution(String algorithm, String challenge, Long number, String salt, String signature) {
	}

	/** Kept until it would have expired: replaying it is refused until then. */
	@Document("redeemed_challenges")
	record RedeemedChallenge(@Id String challenge, @Indexed(expireAfter = "0s") Instant expiresAt) {
	}

}
