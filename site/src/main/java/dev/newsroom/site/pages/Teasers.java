package dev.newsroom.site.pages;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.newsroom.site.articles.ArticleEntry;
import dev.newsroom.site.articles.Keys;
import dev.newsroom.site.galleries.GalleryEntry;
import dev.newsroom.site.media.MediaEntry;
import dev.newsroom.site.media.SiteMedia;

import org.springframework.stereotype.Component;

/** Articles, galleries and videos as lists show them, their pictures found at once. */
@Component
class Teasers {

	private final SiteMedia media;

	private final Dates dates;

	Teasers(SiteMedia media, Dates dates) {
		this.media = media;
		this.dates = dates;
	}

	List<Teaser> of(List<ArticleEntry> articles) {
		Map<String, MediaEntry> photos = media.byIds(articles.stream()
			.map(ArticleEntry::featuredImage)
			.filter(Objects::nonNull)
			.map(image -> image.mediaId())
			.toList());
		return articles.stream().map(article -> of(article, photos)).toList();
	}

	private Teaser of(ArticleEntry article, Map<String, MediaEntry> photos) {
		MediaEntry photo = article.featuredImage() == null ? null : photos.get(article.featuredImage().mediaId());
		String section = article.section() == null ? "" : article.section();
		return new Teaser(article.title(), Paths.article(article.slug()), article.lead(),
				dates.day(article.publishedAt()), Pictures.of(photo), section,
				section.isEmpty() ? null : Paths.section(Keys.of(section)));
	}

	/**
	 * @param photos how many of its first photos to show; a photo deleted from the
	 * library is neither shown nor counted
	 */
	List<GalleryTeaser> galleries(List<GalleryEntry> galleries, int photos) {
		Map<String, MediaEntry> items = media.byIds(
				galleries.stream().flatMap(gallery -> gallery.items().stream()).map(item -> item.mediaId()).toList());
		return galleries.stream().map(gallery -> {
			List<Picture> shown = gallery.items()
				.stream()
				.map(item -> Pictures.of(items.get(item.mediaId())))
				.filter(Objects::nonNull)
				.toList();
			return new GalleryTeaser(gallery.title(), Paths.gallery(gallery.id()),
					shown.stream().limit(photos).toList(), shown.size(), dates.day(gallery.publishedAt()));
		}).toList();
	}

	/** Videos with their posters, in the order given. */
	List<VideoView> videos(List<MediaEntry> videos) {
		Map<String, MediaEntry> posters = media
			.byIds(videos.stream().map(MediaEntry::posterId).filter(Objects::nonNull).toList());
		return videos.stream()
			.map(video -> Pictures.video(video, video.posterId() == null ? null : posters.get(video.posterId())))
			.toList();
	}

}
