package dev.newsroom.contracts.article;

import java.time.Instant;
import java.util.List;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * An article became visible to the public, or its public snapshot changed while
 * published. It carries the whole public snapshot, so the latest one on the compacted
 * topic is all a consumer needs to show the article. {@code revision} grows with every
 * change of the article, so a consumer keeps the snapshot with the highest revision and
 * ignores older or repeated ones.
 * <p>
 * Media are referred to by id: their captions, credits and renditions are on
 * {@code media.v1}, where a caption edited once changes in every article. A caption or
 * credit in {@link FeaturedImage} is this article's own, overriding the item's.
 * {@code body} is HTML cleaned against the article service's allowlist.
 */
public record ArticlePublished(String eventId, Instant occurredAt, String articleId, long revision, String slug,
		String title, String lead, String body, String section, List<String> tags, String byline, Signature signature,
		FeaturedImage featuredImage, List<String> gallery, List<String> videos, List<String> related, String seoTitle,
		String seoDescription, String source, Instant publishedAt, Instant updatedAt) implements Event {

	public static final EventType<ArticlePublished> TYPE = new EventType<>("dev.newsroom.article.published.v1",
			ArticlePublished.class);

	/** The author's block at the end: "NGUYỄN XUÂN PHƯỚC", "Tỉnh ủy viên, …". */
	public record Signature(String name, String position) {
	}

	/** The photo at the top; caption and credit, when set, are this article's own. */
	public record FeaturedImage(String mediaId, String caption, String credit) {
	}

}
