package dev.newsroom.site;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticlePublished.FeaturedImage;
import dev.newsroom.contracts.article.ArticlePublished.Signature;
import dev.newsroom.contracts.media.GalleryPublished;
import dev.newsroom.contracts.media.MediaDescribed;

/** Events as the other services publish them, for the site's tests. */
public final class SampleEvents {

	public static final Instant OCTOBER_16 = Instant.parse("2020-10-16T01:30:00Z");

	private SampleEvents() {
	}

	public static String id() {
		return UUID.randomUUID().toString();
	}

	public static MediaDescribed photo(String id, String caption, String credit, long revision) {
		return new MediaDescribed(id(), Instant.now(), id, "image/jpeg", 1000, 1600, 900, caption, credit,
				"Ảnh minh họa: " + caption, List.of(), null, "/media/" + id, "ready",
				Map.of("w320", "/media/" + id + "/w320?v=1", "w640", "/media/" + id + "/w640?v=1", "w1024",
						"/media/" + id + "/w1024?v=1", "crop16x9", "/media/" + id + "/crop16x9?v=1"),
				"image", null, null, null, null, revision);
	}

	public static MediaDescribed video(String id, String caption, String posterId, Instant publishedAt) {
		return new MediaDescribed(id(), Instant.now(), id, "video/mp4", 5_000_000, null, null, caption,
				"Trung tâm Truyền thông", "", List.of(), null, "/media/" + id, "ready", Map.of(), "video", null,
				posterId, publishedAt, 125.0, 1);
	}

	public static ArticlePublished article(String id, long revision, String slug, String title, String section,
			String body, String featuredPhoto, List<String> gallery, List<String> videos, List<String> related) {
		return new ArticlePublished(id(), Instant.now(), id, revision, slug, title,
				"Sáng 16/10, Tỉnh ủy tổ chức lễ kỷ niệm 90 năm ngày truyền thống.", body, section,
				List.of("Văn phòng Tỉnh ủy", "Kỷ niệm"), "Minh Anh",
				new Signature("Nguyễn Xuân Phước", "Tỉnh ủy viên, Chánh Văn phòng Tỉnh ủy"),
				featuredPhoto == null ? null : new FeaturedImage(featuredPhoto, null, null), gallery, videos, related,
				null, null, "Báo Lâm Đồng", OCTOBER_16, OCTOBER_16);
	}

	public static GalleryPublished gallery(String id, String title, List<String> photos) {
		return new GalleryPublished(id(), Instant.now(), id, 1, title,
				photos.stream().map(photo -> new GalleryPublished.Item(photo, "")).toList(), Instant.now(),
				Instant.now());
	}

}
