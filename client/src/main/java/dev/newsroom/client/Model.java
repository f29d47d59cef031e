package dev.newsroom.client;

import io.micronaut.serde.annotation.Serdeable;

/** Request bodies that callers never build themselves. */
final class Model {

	private Model() {
	}

	@Serdeable
	record Credentials(String username, String password) {
	}

	@Serdeable
	record PageView(String articleId, String visitorId) {
	}

	@Serdeable
	record AcceptedViews(int views, String visitorId) {
	}

}
