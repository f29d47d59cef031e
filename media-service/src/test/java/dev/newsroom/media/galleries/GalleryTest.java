package dev.newsroom.media.galleries;

import java.time.Instant;
import java.util.List;

import dev.newsroom.contracts.media.GalleryPublished;
import dev.newsroom.contracts.media.GalleryUnpublished;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GalleryTest {

	private static final Instant CREATED = Instant.parse("2026-11-02T01:00:00Z");

	private static final List<GalleryPublished.Item> PHOTOS = List.of(new GalleryPublished.Item("m-1", ""),
			new GalleryPublished.Item("m-2", "Đại biểu dự lễ"));

	@Test
	void aNewGalleryIsADraftThatSaysNothing() {
		Gallery gallery = Gallery.create("Lễ kỷ niệm 90 năm", PHOTOS, "lan", CREATED);

		assertThat(gallery.isPublished()).isFalse();
		assertThat(gallery.revision()).isZero();
		assertThat(gallery.edit("Lễ kỷ niệm", PHOTOS, CREATED.plusSeconds(1))).as("a draft is private").isEmpty();
		assertThat(gallery.unpublish(CREATED)).isEmpty();
	}

	@Test
	void publishingReturnsTheWholeSnapshotAndEveryEditWhilePublishedAnother() {
		Gallery gallery = Gallery.create("Lễ kỷ niệm 90 năm", PHOTOS, "lan", CREATED);

		GalleryPublished published = gallery.publish(CREATED.plusSeconds(60));
		GalleryPublished edited = gallery
			.edit("Lễ kỷ niệm 90 năm ngày truyền thống", PHOTOS.subList(1, 2), CREATED.plusSeconds(120))
			.orElseThrow();

		assertThat(published.galleryId()).isEqualTo(gallery.id());
		assertThat(published.revision()).isEqualTo(1);
		assertThat(published.title()).isEqualTo("Lễ kỷ niệm 90 năm");
		assertThat(published.items()).isEqualTo(PHOTOS);
		assertThat(published.publishedAt()).isEqualTo(CREATED.plusSeconds(60));
		assertThat(edited.revision()).isEqualTo(2);
		assertThat(edited.title()).isEqualTo("Lễ kỷ niệm 90 năm ngày truyền thống");
		assertThat(edited.items()).containsExactly(new GalleryPublished.Item("m-2", "Đại biểu dự lễ"));
		assertThat(edited.publishedAt()).as("first published then").isEqualTo(CREATED.plusSeconds(60));
		assertThat(edited.updatedAt()).isEqualTo(CREATED.plusSeconds(120));
	}

	@Test
	void unpublishingTakesItOffWithAHigherRevisionAndPublishingAgainKeepsTheFirstDate() {
		Gallery gallery = Gallery.create("Ảnh đẹp", PHOTOS, "lan", CREATED);
		gallery.publish(CREATED.plusSeconds(60));

		GalleryUnpublished unpublished = gallery.unpublish(CREATED.plusSeconds(70)).orElseThrow();
		GalleryPublished again = gallery.publish(CREATED.plusSeconds(80));

		assertThat(unpublished.revision()).isEqualTo(2);
		assertThat(again.revision()).isEqualTo(3);
		assertThat(again.publishedAt()).isEqualTo(CREATED.plusSeconds(60));
		assertThat(gallery.isPublished()).isTrue();
	}

	@Test
	void deletingWhatWasPublicTakesItOffTheSiteAndADraftGoesWithoutAWord() {
		Gallery draft = Gallery.create("Nháp", PHOTOS, "lan", CREATED);
		Gallery published = Gallery.create("Ảnh đẹp", PHOTOS, "lan", CREATED);
		published.publish(CREATED);

		assertThat(draft.delete(CREATED)).isEmpty();
		assertThat(draft.isDeleted()).isTrue();
		assertThat(published.delete(CREATED).orElseThrow().revision()).isEqualTo(2);
		assertThat(published.isPublished()).isFalse();
	}

}
