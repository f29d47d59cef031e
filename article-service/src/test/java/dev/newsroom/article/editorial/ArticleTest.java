package dev.newsroom.article.editorial;

import java.time.Instant;
import java.util.List;

import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleTest {

	private static final Instant WRITTEN = Instant.parse("2026-11-02T01:00:00Z");

	private static final Instant PUBLISHED = Instant.parse("2026-11-02T02:30:00Z");

	@Test
	void aNewArticleIsADraftWithItsSectionKey() {
		Article article = aDraft();

		assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(article.isPublished()).isFalse();
		assertThat(article.publishedAt()).isNull();
		assertThat(article.outbox()).isEmpty();
	}

	@Test
	void publishingReturnsTheEventWithThePublicSnapshot() {
		Article article = aDraft();

		ArticlePublished event = article.publish(PUBLISHED);

		assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(article.publishedAt()).isEqualTo(PUBLISHED);
		assertThat(event.articleId()).isEqualTo(article.id());
		assertThat(event.revision()).isEqualTo(article.revision()).isEqualTo(2);
		assertThat(event.slug()).isEqualTo("le-hoi-hoa-ban");
		assertThat(event.title()).isEqualTo("Lễ hội Hoa Ban");
		assertThat(event.section()).isEqualTo("Văn hóa");
		assertThat(event.tags()).containsExactly("lễ hội", "Điện Biên");
		assertThat(event.publishedAt()).isEqualTo(PUBLISHED);
		assertThat(event.occurredAt()).isEqualTo(PUBLISHED);
		assertThat(event.eventId()).isNotBlank();
	}

	@Test
	void anArticleIsPublishedOnlyOnce() {
		Article article = aDraft();
		article.publish(PUBLISHED);

		assertThatThrownBy(() -> article.publish(PUBLISHED.plusSeconds(60))).isInstanceOf(ArticleStateException.class);
		assertThat(article.publishedAt()).isEqualTo(PUBLISHED);
		assertThat(article.revision()).isEqualTo(2);
	}

	@Test
	void unpublishingTakesItOffAndItMayBePublishedAgainWithANewRevision() {
		Article article = aDraft();
		article.publish(PUBLISHED);

		ArticleUnpublished unpublished = article.unpublish(PUBLISHED.plusSeconds(60));
		ArticlePublished again = article.publish(PUBLISHED.plusSeconds(120));

		assertThat(unpublished.revision()).isEqualTo(3);
		assertThat(unpublished.slug()).isEqualTo("le-hoi-hoa-ban");
		assertThat(again.revision()).isEqualTo(4);
		assertThat(article.isPublished()).isTrue();
	}

	@Test
	void onlyAPublishedArticleCanBeUnpublished() {
		Article article = aDraft();

		assertThatThrownBy(() -> article.unpublish(PUBLISHED)).isInstanceOf(ArticleStateException.class)
			.hasMessageContaining("DRAFT");
		assertThat(article.revision()).isEqualTo(1);
	}

	@Test
	void aDeletedArticleIsGoneForGood() {
		Article article = aDraft();
		article.publish(PUBLISHED);

		ArticleDeleted deleted = article.delete(PUBLISHED.plusSeconds(60));

		assertThat(deleted.articleId()).isEqualTo(article.id());
		assertThat(deleted.revision()).isEqualTo(3);
		assertThat(article.status()).isEqualTo(ArticleStatus.DELETED);
		assertThatThrownBy(() -> article.publish(PUBLISHED.plusSeconds(120))).isInstanceOf(ArticleStateException.class);
		assertThatThrownBy(() -> article.delete(PUBLISHED.plusSeconds(120))).isInstanceOf(ArticleStateException.class);
	}

	@Test
	void contentIsStoredInNfcWithoutDuplicateOrBlankTags() {
		var content = new ArticleContent("  Nghe\u0323\u0302 An  ", null, "Thân bài", "Thời sự",
				List.of("du lịch", " du lịch ", " "));

		assertThat(content.title()).isEqualTo("Nghệ An");
		assertThat(content.lead()).isEmpty();
		assertThat(content.tags()).containsExactly("du lịch");
	}

	private static Article aDraft() {
		var content = new ArticleContent("Lễ hội Hoa Ban", "Sapo", "Thân bài", "Văn hóa",
				List.of("lễ hội", "Điện Biên"));
		return Article.draft(content, Slugs.of(content.title()), "editor", WRITTEN);
	}

}
