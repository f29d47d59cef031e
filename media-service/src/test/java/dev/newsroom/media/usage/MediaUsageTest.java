package dev.newsroom.media.usage;

import java.time.Instant;
import java.util.List;

import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticlePublished.FeaturedImage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaUsageTest {

	private static final String PHOTO = "0b6f6f52-6f5e-4d7e-9a39-5d2f0c1f7a10";

	private static final String IN_BODY = "7d0c5e8e-3c1b-4f55-8a53-4d3f5c2a9b61";

	@Test
	void anArticleUsesItsFeaturedImageGalleryVideosAndThePhotosInItsBody() {
		var article = new ArticlePublished("e-1", Instant.EPOCH, "a-1", 3, "bai-viet", "Bài viết", "", """
				<p>Mở đầu</p><figure><img src="/media/%s/w640" alt=""><figcaption>Ảnh: Đăng Vũ</figcaption></figure>
				<p><img src="/media/%s"></p>""".formatted(IN_BODY, PHOTO), "Thời sự", List.of(), null, null,
				new FeaturedImage(PHOTO, null, null), List.of("g-1", "g-2"), List.of("v-1"), List.of(), null, null,
				null, Instant.EPOCH, Instant.EPOCH);

		assertThat(MediaUsage.mediaOf(article)).containsExactly(PHOTO, "g-1", "g-2", "v-1", IN_BODY);
	}

	@Test
	void anArticleWithoutMediaUsesNone() {
		var article = new ArticlePublished("e-1", Instant.EPOCH, "a-1", 1, "tin", "Tin", "", "<p>Chữ</p>", "Thời sự",
				List.of(), null, null, null, null, null, null, null, null, null, Instant.EPOCH, Instant.EPOCH);

		assertThat(MediaUsage.mediaOf(article)).isEmpty();
	}

}
