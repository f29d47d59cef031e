package dev.newsroom.events;

import java.time.Duration;
import java.time.Instant;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.views.PageViewed;
import dev.newsroom.contracts.views.ViewCountChanged;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventWiringTest {

	private final EventWiring wiring = EventWiring.builder()
		.produces(Topics.VIEW_COUNTS, TopicKind.ENTITY, "article id", ViewCountChanged.TYPE)
		.subscribe("catalog", Topics.ARTICLES, Object.class, on -> on.event(ArticlePublished.TYPE, (bean, event) -> {
		}).tombstone((bean, key) -> {
		}))
		.subscribeInBatches("aggregator", Topics.VIEWS, PageViewed.TYPE, Object.class, (bean, views) -> {
		})
		.build();

	@Test
	void aDeclaredEventHasItsDeclaredType() {
		var total = new ViewCountChanged("e1", Instant.EPOCH, "a1", 7);

		assertThat(wiring.producedType(Topics.VIEW_COUNTS, total)).isEqualTo(ViewCountChanged.TYPE);
	}

	@Test
	void anEventThatIsNotDeclaredCannotBePublished() {
		var total = new ViewCountChanged("e1", Instant.EPOCH, "a1", 7);
		var deleted = new ArticleDeleted("e2", Instant.EPOCH, "a1", 3);

		assertThatThrownBy(() -> wiring.producedType(Topics.VIEWS, total)).hasMessageContaining("does not produce");
		assertThatThrownBy(() -> wiring.producedType(Topics.VIEW_COUNTS, deleted)).hasMessageContaining("not declared");
	}

	@Test
	void consumerGroupsAndDeadLetterTopicsFollowOneRule() {
		assertThat(wiring.subscriptions()).extracting(subscription -> subscription.group("view-counter-service"))
			.containsExactly("view-counter-service.catalog", "view-counter-service.aggregator");
		assertThat(wiring.subscriptions().get(0).deadLetterTopic("view-counter-service"))
			.contains("view-counter-service.catalog.dlt");
		assertThat(wiring.subscriptions().get(0).types()).containsExactly(ArticlePublished.TYPE.name());
		assertThat(wiring.subscriptions().get(0).handlesTombstones()).isTrue();
		assertThat(wiring.subscriptions().get(1).inBatches()).isTrue();
	}

	@Test
	void aReplayedSubscriptionHasNoDeadLetterTopicForItsInstancesWouldAllSetTheSameRecordAside() {
		var replayed = EventWiring.builder()
			.replay("search", Topics.ARTICLES, Object.class, on -> on.event(ArticlePublished.TYPE, (bean, event) -> {
			}))
			.build();
		Subscription search = replayed.subscriptions().get(0);

		assertThat(search.replayed()).isTrue();
		assertThat(search.deadLetterTopic("article-service")).isEmpty();
		assertThat(new TopicSettings(3, 1, Duration.ofDays(7), Duration.ofDays(30)).declarations(replayed,
				"article-service"))
			.as("no topic declared for it")
			.isEmpty();
		assertThat(wiring.subscriptions()).noneMatch(Subscription::replayed);
	}

	@Test
	void aSubscriptionNameIsUniqueAndReadable() {
		assertThatThrownBy(() -> EventWiring.builder()
			.subscribe("catalog", Topics.ARTICLES, Object.class,
					on -> on.event(ArticlePublished.TYPE, (bean, event) -> {
					}))
			.subscribe("catalog", Topics.MEDIA, Object.class, on -> {
			})).hasMessageContaining("Two subscriptions");
		assertThatThrownBy(
				() -> EventWiring.builder().subscribe("Catalog Builder", Topics.ARTICLES, Object.class, on -> {
				}))
			.hasMessageContaining("lower-case");
		assertThatThrownBy(() -> EventWiring.builder()
			.produces(Topics.ARTICLES, TopicKind.ENTITY, "article id", ArticlePublished.TYPE)
			.produces(Topics.ARTICLES, TopicKind.STREAM, "article id")).hasMessageContaining("twice");
	}

}
