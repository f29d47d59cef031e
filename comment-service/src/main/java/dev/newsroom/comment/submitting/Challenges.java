package dev.newsroom.comment.submitting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.altcha.altcha.Altcha;
import tools.jackson.databind.JsonNode;
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

	Altcha.Challenge create() {
		try {
			return Altcha.createChallenge(new Altcha.ChallengeOptions().setHmacKey(key)
				.setMaxNumber(maxNumber)
				.setExpiresInSeconds(lifetime.toSeconds()));
		}
		catch (Exception unavailableAlgorithm) {
			throw new IllegalStateException("Cannot make a challenge", unavailableAlgorithm);
		}
	}

	/**
	 * Redeems a solution: {@code VALID} once, then {@code USED}; {@code INVALID} if it is
	 * not a solution of a challenge this service signed and that is still current.
	 */
	Verdict redeem(String solution) {
		if (!verifies(solution)) {
			return Verdict.INVALID;
		}
		String challenge = challengeOf(solution);
		try {
			mongo.insert(new RedeemedChallenge(challenge, clock.instant().plus(lifetime)));
			return Verdict.VALID;
		}
		catch (DuplicateKeyException redeemedBefore) {
			return Verdict.USED;
		}
	}

	private boolean verifies(String solution) {
		try {
			return Altcha.verifySolution(solution, key, true);
		}
		catch (Exception notASolution) {
			// not base64, not JSON, or fields missing: a forgery, not our failure
			return false;
		}
	}

	private String challengeOf(String solution) {
		JsonNode payload = json.readTree(Base64.getDecoder().decode(solution));
		return payload.get("challenge").asString();
	}

	enum Verdict {

		VALID, INVALID, USED

	}

	/** Kept until it would have expired: replaying it is refused until then. */
	@Document("redeemed_challenges")
	record RedeemedChallenge(@Id String challenge, @Indexed(expireAfter = "0s") Instant expiresAt) {
	}

}
