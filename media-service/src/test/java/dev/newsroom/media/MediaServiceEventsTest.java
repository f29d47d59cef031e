package dev.newsroom.media;

import dev.newsroom.events.Subscription;
import dev.newsroom.media.MediaServiceEvents.MediaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaServiceEventsTest {

	@Test
	void onlyAnInstanceWhoseRoleIncludesThemMakesRenditions() {
		assertThat(subscriptions(MediaRole.ALL)).containsExactly("usage", "gallery-usage", "renditions");
		assertThat(subscriptions(MediaRole.RENDITIONS)).containsExactly("usage", "gallery-usage", "renditions");
		assertThat(subscriptions(MediaRole.API)).containsExactly("usage", "gallery-usage");
	}

	private static Iterable<String> subscriptions(MediaRole role) {
		return new MediaServiceEvents().eventWiring(role).subscriptions().stream().map(Subscription::name).toList();
	}

}
