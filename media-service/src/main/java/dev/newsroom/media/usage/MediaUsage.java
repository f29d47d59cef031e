package dev.newsroom.media.usage;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.media.GalleryPublished;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which articles use each photo and video, as {@code articles.v1} tells: the featured
 * image, the gallery, the videos and the photos inside the body; and which galleries, as
 * {@code galleries.v1} tells. An article or gallery taken off the site keeps its media
 * until it is deleted, since it may be published again.
 */
@Component
public class MediaUsage {

	private static final String COLLECTION = "media_usage";

	private static final String GALLERIES = "gallery_usage";

	/** A photo inside an article's body: its address in this library. */
	private static final Pattern IN_BODY = Pattern.compile("/media/([0-9a-fA-F-]{36})");

	private final MongoTemplate mongo;

	MediaUsage(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** An article that uses a media item. */
	public record Article(@Id String id, String slug, String title) {
	}

	/** A published gallery that uses a photo. */
	public record Gallery(@Id String id, String title) {
	}

	/** What a gallery uses, as stored. */
	record GalleryUsage(@Id String id, long revision, String title, List<String> media) {
	}

	/** What an article uses, as stored. */
	record Usage(@Id String id, long revision, String slug, String title, List<String> media) {
	}

	public void published(ArticlePublished article) {
		keep(COLLECTION, Usage.class, article.articleId(), article.revision(),
				new Update().set("slug", article.slug())
					.set("title", article.title())
					.set("media", List.copyOf(mediaOf(article))));
	}

	public void deleted(ArticleDeleted article) {
		forget(article.articleId());
	}

	public void forget(String articleId) {
		mongo.remove(Query.query(Criteria.where("_id").is(articleId)), COLLECTION);
	}

	public void galleryPublished(GalleryPublished gallery) {
		keep(GALLERIES, GalleryUsage.class, gallery.galleryId(), gallery.revision(),
				new Update().set("title", gallery.title())
					.set("media", gallery.items().stream().map(GalleryPublished.Item::mediaId).distinct().toList()));
	}

	public void forgetGallery(String galleryId) {
		mongo.remove(Query.query(Criteria.where("_id").is(galleryId)), GALLERIES);
	}

	/** The galleries that use the item, by title. */
	public List<Gallery> galleriesUsing(String mediaId) {
		Query using = Query.query(Criteria.where("media").is(mediaId)).with(Sort.by("title"));
		return mongo.find(using, GalleryUsage.class, GALLERIES)
			.stream()
			.map(usage -> new Gallery(usage.id(), usage.title()))
			.toList();
	}

	/** The articles that use the item, by title. */
	public List<Article> articlesUsing(String mediaId) {
		Query using = Query.query(Criteria.where("media").is(mediaId)).with(Sort.by("title"));
		return mongo.find(using, Usage.class, COLLECTION)
			.stream()
			.map(usage -> new Article(usage.id(), usage.slug(), usage.title()))
			.toList();
	}

	static Set<String> mediaOf(ArticlePublished article) {
		Set<String> media = new LinkedHashSet<>();
		if (article.featuredImage() != null) {
			media.add(article.featuredImage().mediaId());
		}
		if (article.gallery() != null) {
			media.addAll(article.gallery());
		}
		if (article.videos() != null) {
			media.addAll(article.videos());
		}
		if (article.body() != null) {
			Matcher inBody = IN_BODY.matcher(article.body());
			while (inBody.find()) {
				media.add(inBody.group(1));
			}
		}
		return media;
	}

	/**
	 * Keeps what the newest revision of each article or gallery uses: a redelivered or
	 * late one finds a newer document, misses the filter, and its upsert collides on
	 * {@code _id}.
	 */
	private void keep(String collection, Class<?> type, String id, long revision, Update usage) {
		try {
			mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("revision").lt(revision)),
					usage.set("revision", revision), FindAndModifyOptions.options().upsert(true), type, collection);
		}
		catch (DuplicateKeyException newerKept) {
			// a newer revision is stored
		}
	}

}
