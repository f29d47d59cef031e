package dev.newsroom.article.editorial;

import java.time.Instant;
import java.util.List;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;
import dev.newsroom.contracts.article.ArticleWorkflowChanged;
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
				List.of("du lịch", " du lịch ", " "), null, new ArticleContent.Signature("NGUYE\u0302\u0303N", null),
				null, null, List.of(" v1 ", "v1"), null, null, null, null);

		assertThat(content.title()).isEqualTo("Nghệ An");
		assertThat(content.lead()).isEmpty();
		assertThat(content.tags()).containsExactly("du lịch");
		assertThat(content.signature()).isEqualTo(new ArticleContent.Signature("NGUYỄN", ""));
		assertThat(content.gallery()).isEmpty();
		assertThat(content.videos()).containsExactly("v1");
		assertThat(content.byline()).isEmpty();
	}

	@Test
	void theSnapshotOfAPublishedArticleHoldsEverythingItsPageShows() {
		var content = new ArticleContent("Kỷ niệm 90 năm", "Sapo", "<h2>Truyền thống vẻ vang</h2><p>…</p>", "Thời sự",
				List.of("văn phòng"), "Văn phòng Tỉnh ủy",
				new ArticleContent.Signature("NGUYỄN XUÂN PHƯỚC", "Tỉnh ủy viên, Chánh Văn phòng Tỉnh ủy"),
				new ArticleContent.FeaturedImage("m-1", "", "Đăng Vũ"), List.of("m-2", "m-3"), List.of("v-1"),
				List.of("a-9"), "SEO", "Mô tả", "Báo Nhân Dân");
		Article article = Article.draft(content, "ky-niem-90-nam", "editor", WRITTEN);

		ArticlePublished event = article.publish(PUBLISHED);

		assertThat(event.body()).isEqualTo("<h2>Truyền thống vẻ vang</h2><p>…</p>");
		assertThat(event.byline()).isEqualTo("Văn phòng Tỉnh ủy");
		assertThat(event.signature())
			.isEqualTo(new ArticlePublished.Signature("NGUYỄN XUÂN PHƯỚC", "Tỉnh ủy viên, Chánh Văn phòng Tỉnh ủy"));
		assertThat(event.featuredImage()).isEqualTo(new ArticlePublished.FeaturedImage("m-1", "", "Đăng Vũ"));
		assertThat(event.gallery()).containsExactly("m-2", "m-3");
		assertThat(event.videos()).containsExactly("v-1");
		assertThat(event.related()).containsExactly("a-9");
		assertThat(event.seoTitle()).isEqualTo("SEO");
		assertThat(event.seoDescription()).isEqualTo("Mô tả");
		assertThat(event.source()).isEqualTo("Báo Nhân Dân");
		assertThat(event.updatedAt()).isEqualTo(PUBLISHED);
	}

	@Test
	void editingADraftTellsNoReader() {
		Article article = aDraft();

		assertThat(article.edit(content("Lễ hội Hoa Ban 2027", "Du lịch"), "lan", PUBLISHED)).isEmpty();

		assertThat(article.content().title()).isEqualTo("Lễ hội Hoa Ban 2027");
		assertThat(article.revision()).isEqualTo(2);
		assertThat(article.slug()).isEqualTo("le-hoi-hoa-ban");
	}

	@Test
	void editingAPublishedArticleGivesItsReadersTheNewSnapshot() {
		Article article = aDraft();
		article.publish(PUBLISHED);

		ArticlePublished event = article
			.edit(content("Lễ hội Hoa Ban khai mạc", "Du lịch"), "lan", PUBLISHED.plusSeconds(60))
			.orElseThrow();

		assertThat(event.title()).isEqualTo("Lễ hội Hoa Ban khai mạc");
		assertThat(event.section()).isEqualTo("Du lịch");
		assertThat(event.revision()).isEqualTo(3);
		assertThat(event.publishedAt()).isEqualTo(PUBLISHED);
		assertThat(event.updatedAt()).isEqualTo(PUBLISHED.plusSeconds(60));
		assertThat(event.slug()).as("frozen once published").isEqualTo("le-hoi-hoa-ban");
	}

	@Test
	void eachSaveOfTheContentIsARevisionNamingWhoAndWhatChanged() {
		Article article = aDraft();
		article.submit(PUBLISHED);

		article.edit(content("Lễ hội Hoa Ban 2027", "Văn hóa"), "minh", PUBLISHED.plusSeconds(60));

		assertThat(article.revisions()).hasSize(2);
		assertThat(article.revisions().get(0).changed()).containsExactly("title", "lead", "body", "section", "tags");
		assertThat(article.revisions().get(1))
			.isEqualTo(new Revision(2, "minh", PUBLISHED.plusSeconds(60), java.util.List.of("title")));
		assertThat(article.revision()).as("every change counts, the workflow's too").isEqualTo(3);
	}

	@Test
	void onlyAnAddressThatWasPublicIsKeptToRedirect() {
		Article article = aDraft();

		assertThat(article.changeSlug("hoa-ban", PUBLISHED)).isEmpty();
		assertThat(article.formerSlugs()).isEmpty();

		article.publish(PUBLISHED);
		ArticlePublished moved = article.changeSlug("le-hoi-hoa-ban-dien-bien", PUBLISHED).orElseThrow();

		assertThat(moved.slug()).isEqualTo("le-hoi-hoa-ban-dien-bien");
		assertThat(article.formerSlugs()).containsExactly("hoa-ban");
		article.changeSlug("hoa-ban", PUBLISHED);
		assertThat(article.formerSlugs()).as("back to an old one").containsExactly("le-hoi-hoa-ban-dien-bien");
	}

	@Test
	void aDeletedArticleCannotBeEdited() {
		Article article = aDraft();
		article.delete(PUBLISHED);

		assertThatThrownBy(() -> article.edit(content("Mới", "Du lịch"), "lan", PUBLISHED.plusSeconds(1)))
			.isInstanceOf(ArticleStateException.class);
	}

	@Test
	void anEditorSubmitsADraftForReviewAndOnlyADraft() {
		Article article = aDraft();

		ArticleWorkflowChanged submitted = article.submit(PUBLISHED);

		assertThat(article.status()).isEqualTo(ArticleStatus.IN_REVIEW);
		assertThat(submitted.status()).isEqualTo("IN_REVIEW");
		assertThat(submitted.revision()).isEqualTo(2);
		assertThatThrownBy(() -> article.submit(PUBLISHED)).isInstanceOfSatisfying(ArticleStateException.class,
				refused -> assertThat(refused.current()).isEqualTo(ArticleStatus.IN_REVIEW));
	}

	@Test
	void aScheduledArticleWaitsForItsTimeThenGoesLiveOnce() {
		Article article = aDraft();
		Instant at = PUBLISHED.plusSeconds(3600);

		Event scheduled = article.schedule(at, PUBLISHED);

		assertThat(scheduled).isInstanceOfSatisfying(ArticleWorkflowChanged.class,
				event -> assertThat(event.publishAt()).isEqualTo(at));
		assertThat(article.status()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(article.isPublished()).isFalse();
		assertThatThrownBy(() -> article.publishScheduled(at.minusSeconds(1)))
			.isInstanceOf(ArticleStateException.class);

		ArticlePublished published = article.publishScheduled(at.plusMillis(300));

		assertThat(published.publishedAt()).isEqualTo(at.plusMillis(300));
		assertThat(article.publishAt()).isNull();
		assertThatThrownBy(() -> article.publishScheduled(at.plusSeconds(1))).isInstanceOf(ArticleStateException.class);
	}

	@Test
	void aTimeAlreadyPastPublishesAtOnce() {
		Article article = aDraft();

		assertThat(article.schedule(PUBLISHED.minusSeconds(60), PUBLISHED)).isInstanceOf(ArticlePublished.class);
		assertThat(article.isPublished()).isTrue();
	}

	@Test
	void aScheduleCanBeMovedOrCancelled() {
		Article article = aDraft();
		article.schedule(PUBLISHED.plusSeconds(60), PUBLISHED);

		article.schedule(PUBLISHED.plusSeconds(120), PUBLISHED);
		assertThat(article.publishAt()).isEqualTo(PUBLISHED.plusSeconds(120));

		ArticleWorkflowChanged cancelled = article.unschedule(PUBLISHED);
		assertThat(article.status()).isEqualTo(ArticleStatus.IN_REVIEW);
		assertThat(article.publishAt()).isNull();
		assertThat(cancelled.publishAt()).isNull();
	}

	@Test
	void onlyAnArticleOffTheSiteIsArchivedAndAnArchivedOneIsNotEdited() {
		Article article = aDraft();
		article.publish(PUBLISHED);
		assertThatThrownBy(() -> article.archive(PUBLISHED)).isInstanceOf(ArticleStateException.class);
		article.unpublish(PUBLISHED);

		assertThat(article.archive(PUBLISHED).status()).isEqualTo("ARCHIVED");

		assertThatThrownBy(() -> article.edit(content("Mới", "Du lịch"), "lan", PUBLISHED))
			.isInstanceOf(ArticleStateException.class);
		assertThatThrownBy(() -> article.publish(PUBLISHED)).isInstanceOf(ArticleStateException.class);
	}

	private static ArticleContent content(String title, String section) {
		return new ArticleContent(title, "Sapo", "Thân bài", section, List.of("lễ hội", "Điện Biên"), null, null, null,
				null, null, null, null, null, null);
	}

	private static Article aDraft() {
		var content = content("Lễ hội Hoa Ban", "Văn hóa");
		return Article.draft(content, Slugs.of(content.title()), "editor", WRITTEN);
	}

}
