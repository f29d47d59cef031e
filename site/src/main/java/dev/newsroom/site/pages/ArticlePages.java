package dev.newsroom.site.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.newsroom.contracts.article.ArticlePublished.FeaturedImage;
import dev.newsroom.site.SiteSettings;
import dev.newsroom.site.articles.ArticleEntry;
import dev.newsroom.site.articles.BodyPart;
import dev.newsroom.site.articles.Keys;
import dev.newsroom.site.articles.SiteArticles;
import dev.newsroom.site.comments.SiteComments;
import dev.newsroom.site.editorial.Link;
import dev.newsroom.site.media.MediaEntry;
import dev.newsroom.site.media.SiteMedia;
import dev.newsroom.site.views.ViewTotals;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The article page, put together from the site's read model: the article with its count,
 * its photos and videos, its related articles, and its comments if it ever had one. A
 * page of an article without pictures, related articles or comments is one query. Nothing
 * here asks another service.
 */
@Component
class ArticlePages {

	static final int RELATED = 5;

	/** Comments shown under an article; a portal's article rarely has more. */
	static final int COMMENTS = 200;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final SiteArticles articles;

	private final ViewTotals views;

	private final SiteMedia media;

	private final Teasers teasers;

	private final Dates dates;

	private final SiteSettings settings;

	private final JsonMapper json;

	private final Sections sections;

	private final SiteComments comments;

	ArticlePages(SiteArticles articles, SiteMedia media, ViewTotals views, Teasers teasers, Dates dates,
			SiteSettings settings, JsonMapper json, Sections sections, SiteComments comments) {
		this.articles = articles;
		this.media = media;
		this.views = views;
		this.teasers = teasers;
		this.dates = dates;
		this.settings = settings;
		this.json = json;
		this.sections = sections;
		this.comments = comments;
	}

	/** The page's head and content. */
	Head head(ArticleEntry article, ArticleView view, MediaEntry featured) {
		String description = Pictures.orElse(article.seoDescription(), Pictures.orElse(article.lead(), ""));
		String canonical = settings.absolute(Paths.article(article.slug()));
		String share = Pictures.shareImage(featured);
		String image = share == null ? null : settings.absolute(share);
		return new Head(Pictures.orElse(article.seoTitle(), article.title()), description, canonical, image, "article",
				jsonLd(article, view, canonical, image), "vi");
	}

	ArticleView view(ArticleEntry article, Map<String, MediaEntry> byId) {
		FeaturedImage featuredImage = article.featuredImage();
		Figure featured = featuredImage == null ? null : Pictures.figure(byId.get(featuredImage.mediaId()),
				blankToNull(featuredImage.caption()), blankToNull(featuredImage.credit()));
		List<ArticleView.Segment> body = new ArrayList<>();
		for (BodyPart part : article.body()) {
			if (!part.isPhoto()) {
				body.add(new ArticleView.Segment(part.html(), null));
				continue;
			}
			Figure photo = Pictures.figure(byId.get(part.mediaId()), part.caption(), null);
			if (photo != null) {
				body.add(new ArticleView.Segment(null, photo));
			}
		}
		List<Figure> gallery = article.gallery()
			.stream()
			.map(id -> Pictures.figure(byId.get(id), null, null))
			.filter(Objects::nonNull)
			.toList();
		List<VideoView> videos = teasers.videos(
				article.videos().stream().map(byId::get).filter(video -> video != null && !video.isPhoto()).toList());
		String section = article.section() == null ? "" : article.section();
		var signature = article.signature();
		List<ArticleView.ReaderComment> shown = comments(article);
		return new ArticleView(article.id(), article.title(), dates.day(article.publishedAt()),
				dates.iso(article.publishedAt()), views(article), Pictures.orElse(article.lead(), ""), section,
				section.isEmpty() ? null : Paths.section(Keys.of(section)), featured, body,
				Pictures.orElse(article.byline(), ""),
				signature == null ? "" : Pictures.orElse(signature.name(), "").toUpperCase(VIETNAMESE),
				signature == null ? "" : Pictures.orElse(signature.position(), ""),
				Pictures.orElse(article.source(), ""), related(article), gallery, videos,
				article.tags().stream().map(tag -> new Link(tag, Paths.tag(Keys.of(tag)))).toList(), shown,
				shown.size() < COMMENTS ? shown.size() : comments.count(article.id()));
	}

	private List<ArticleView.ReaderComment> comments(ArticleEntry article) {
		if (Boolean.FALSE.equals(article.commented())) {
			return List.of();
		}
		return comments.of(article.id(), COMMENTS)
			.stream()
			.map(comment -> new ArticleView.ReaderComment(comment.name(), dates.time(comment.postedAt()),
					dates.iso(comment.postedAt()), List.of(comment.content().split("\n"))))
			.toList();
	}

	/** Read apart only for an entry stored before it kept its total. */
	private long views(ArticleEntry article) {
		return article.views() != null ? article.views() : views.of(article.id());
	}

	/** Every photo and video the article shows, and the videos' posters: two queries. */
	Map<String, MediaEntry> mediaOf(ArticleEntry article) {
		Set<String> ids = new LinkedHashSet<>();
		if (article.featuredImage() != null) {
			ids.add(article.featuredImage().mediaId());
		}
		article.body().stream().filter(BodyPart::isPhoto).forEach(part -> ids.add(part.mediaId()));
		ids.addAll(article.gallery());
		ids.addAll(article.videos());
		return new LinkedHashMap<>(media.byIds(ids));
	}

	/** The editor's choice first, then the newest of the same section. */
	private List<Teaser> related(ArticleEntry article) {
		List<ArticleEntry> related = new ArrayList<>(articles.summaries(article.related()));
		related.removeIf(other -> other.id().equals(article.id()));
		if (related.size() < RELATED && article.sectionKey() != null) {
			for (ArticleEntry other : sections.newest(article.sectionKey())) {
				if (related.size() >= RELATED) {
					break;
				}
				if (!other.id().equals(article.id())
						&& related.stream().noneMatch(chosen -> chosen.id().equals(other.id()))) {
					related.add(other);
				}
			}
		}
		return teasers.of(related.subList(0, Math.min(RELATED, related.size())));
	}

	/**
	 * Structured data for search engines. Every {@code <} is written {@code \u003c}, as
	 * JSON allows, so that no text of the article can end or comment out the
	 * {@code script} element it is in.
	 */
	private String jsonLd(ArticleEntry article, ArticleView view, String canonical, String image) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "NewsArticle");
		data.put("headline", article.title());
		data.put("description", view.lead());
		data.put("datePublished", dates.iso(article.publishedAt()));
		data.put("dateModified", dates.iso(article.updatedAt()));
		data.put("mainEntityOfPage", canonical);
		if (image != null) {
			data.put("image", List.of(image));
		}
		if (!view.signatureName().isEmpty() || !view.byline().isEmpty()) {
			data.put("author", Map.of("@type", "Person", "name",
					view.byline().isEmpty() ? article.signature().name() : view.byline()));
		}
		data.put("publisher", Map.of("@type", "Organization", "name", settings.name()));
		data.put("inLanguage", "vi");
		return json.writeValueAsString(data).replace("<", "\\u003c");
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
