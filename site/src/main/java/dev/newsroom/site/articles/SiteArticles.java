package dev.newsroom.site.articles;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;
import dev.newsroom.site.SiteSettings;
import dev.newsroom.web.text.SafeHtml;
import org.bson.Document;
import org.jsoup.Jsoup;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The site's articles, from {@code articles.v1}, and the lists its pages show. Each
 * snapshot is kept only if its revision is higher than the one stored, so a redelivered
 * or late event changes nothing.
 */
@Component
public class SiteArticles {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	/** Then the event is handled again, from the start. */
	private static final int STORE_ATTEMPTS = 3;

	private final MongoTemplate mongo;

	private final ZoneId zone;

	private final ApplicationEventPublisher stored;

	SiteArticles(MongoTemplate mongo, SiteSettings settings, ApplicationEventPublisher stored) {
		this.mongo = mongo;
		this.zone = settings.timeZone();
		this.stored = stored;
	}

	public void published(ArticlePublished article) {
		List<String> tags = article.tags() == null ? List.of() : article.tags();
		// article-service cleaned it; cleaned again, so that the page trusts only its own
		// allowlist
		String cleanBody = SafeHtml.clean(article.body() == null ? "" : article.body()).html();
		String bodyText = Jsoup.parseBodyFragment(cleanBody).text();
		Update update = new Update().set("published", true)
			.set("slug", article.slug())
			.set("title", article.title())
			.set("lead", article.lead())
			.set("body", BodyParts.of(cleanBody))
			.set("section", article.section())
			.set("sectionKey", article.section() == null ? null : Keys.of(article.section()))
			.set("tags", tags)
			.set("tagKeys", tags.stream().map(Keys::of).distinct().toList())
			.set("byline", article.byline())
			.set("signature", article.signature())
			.set("featuredImage", article.featuredImage())
			.set("gallery", article.gallery())
			.set("videos", article.videos())
			.set("related", article.related())
			.set("seoTitle", article.seoTitle())
			.set("seoDescription", article.seoDescription())
			.set("source", article.source())
			.set("publishedAt", article.publishedAt())
			.set("updatedAt", article.updatedAt())
			.set("month", article.publishedAt() == null ? null : MONTH.format(article.publishedAt().atZone(zone)))
			.set("words", distinctWords(article.title(), article.lead(), bodyText));
		if (store(article.articleId(), article.revision(), article.slug(), update)) {
			// a former address leads to the article once it has a new one
			mongo.save(new SlugEntry(article.slug(), article.articleId()));
			stored.publishEvent(new ArticleStored(article.articleId()));
		}
	}

	/**
	 * Keeps the publication, taking its address from another entry that holds it.
	 * @return false for a late copy of an older revision, which changes nothing
	 */
	private boolean store(String articleId, long revision, String slug, Update update) {
		for (int attempt = 1; !keep(articleId, revision, update); attempt++) {
			long storedRevision = storedRevision(articleId);
			if (storedRevision >= revision) {
				// the same: kept before a crash, or by another instance at once
				return storedRevision == revision;
			}
			if (attempt == STORE_ATTEMPTS) {
				// the subscription tries again, with pauses, as it does in an outage
				throw new ConcurrencyFailureException(
						"Revision " + revision + " of article " + articleId + " met other writes of its address");
			}
			takeAddress(slug, articleId);
		}
		return true;
	}

	/** The revision stored of the article, or 0 for none. */
	private long storedRevision(String articleId) {
		Query query = Query.query(Criteria.where("_id").is(articleId));
		query.fields().include("revision");
		Document stored = mongo.findOne(query, Document.class, mongo.getCollectionName(ArticleEntry.class));
		return stored == null ? 0 : stored.get("revision", Number.class).longValue();
	}

	/**
	 * Article-service gives an address to one article only; should a publication ever
	 * find another article's entry holding it, the newer publication has it, and the
	 * other article is off the site until it is published again with an address of its
	 * own: refused, the publication would be lost for good.
	 */
	private void takeAddress(String slug, String articleId) {
		mongo.updateFirst(Query.query(Criteria.where("slug").is(slug)),
				new Update().unset("slug").set("published", false), ArticleEntry.class);
	}

	/**
	 * Keeps each article's largest total of views on its entry, for its page; an article
	 * not stored yet gets its total when it is ({@link ArticleStored}).
	 */
	public void viewed(Map<String, Long> totals) {
		if (totals.isEmpty()) {
			return;
		}
		BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ArticleEntry.class);
		totals.forEach((articleId, total) -> writes.updateOne(Query.query(Criteria.where("_id").is(articleId)),
				new Update().max("views", total)));
		writes.execute();
	}

	/** The view counter forgot the article's views: it counts from nothing again. */
	public void viewsForgotten(String articleId) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(articleId)), new Update().unset("views"),
				ArticleEntry.class);
	}

	/**
	 * A comment of the article was approved: its page looks for comments from now on. An
	 * article is stored unmarked; one that had a comment before is marked once it is
	 * ({@link ArticleStored}).
	 */
	public void commented(String articleId) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(articleId)), new Update().set("commented", true),
				ArticleEntry.class);
	}

	public void unpublished(ArticleUnpublished article) {
		keep(article.articleId(), article.revision(), new Update().set("published", false));
	}

	public void deleted(ArticleDeleted article) {
		keep(article.articleId(), article.revision(),
				new Update().set("published", false)
					.unset("title")
					.unset("lead")
					.unset("body")
					.unset("words")
					.unset("slug"));
	}

	/** Compaction's end of a deleted article: nothing of it is left to keep. */
	public void forgotten(String articleId) {
		mongo.remove(Query.query(Criteria.where("_id").is(articleId)), ArticleEntry.class);
		mongo.remove(Query.query(Criteria.where("articleId").is(articleId)), SlugEntry.class);
	}

	/**
	 * A redelivered or late snapshot misses the filter, and its upsert collides on
	 * {@code _id} with the newer one stored.
	 * @return false if the same or a newer revision is stored, or another article's entry
	 * holds the address
	 */
	private boolean keep(String articleId, long revision, Update update) {
		try {
			mongo.findAndModify(Query.query(Criteria.where("_id").is(articleId).and("revision").lt(revision)),
					update.set("revision", revision).setOnInsert("commented", false),
					FindAndModifyOptions.options().upsert(true), ArticleEntry.class);
			return true;
		}
		catch (DuplicateKeyException collision) {
			return false;
		}
	}

	private static List<String> distinctWords(String... texts) {
		LinkedHashSet<String> words = new LinkedHashSet<>();
		for (String text : texts) {
			if (text != null) {
				words.addAll(Arrays.asList(Keys.words(text)));
			}
		}
		return List.copyOf(words);
	}

	/**
	 * The published article with this address, now or before a publisher moved it (its
	 * {@link ArticleEntry#slug()} then differs): one read by the address's unique index,
	 * and a second by key for an address the article no longer has, however many articles
	 * there are.
	 */
	public Optional<ArticleEntry> bySlug(String slug) {
		ArticleEntry current = mongo.findOne(withoutWords(Query.query(Criteria.where("slug").is(slug))),
				ArticleEntry.class);
		if (current != null) {
			return Optional.of(current).filter(ArticleEntry::published);
		}
		return Optional.ofNullable(mongo.findById(slug, SlugEntry.class))
			.map(address -> mongo.findOne(withoutWords(Query.query(Criteria.where("_id").is(address.articleId()))),
					ArticleEntry.class))
			.filter(ArticleEntry::published);
	}

	/** Published articles, without their bodies, by id, in the order asked. */
	public List<ArticleEntry> summaries(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, ArticleEntry> byId = new LinkedHashMap<>();
		mongo.find(summaryOf(published().addCriteria(Criteria.where("_id").in(ids))), ArticleEntry.class)
			.forEach(article -> byId.put(article.id(), article));
		return ids.stream().distinct().map(byId::get).filter(article -> article != null).toList();
	}

	public List<ArticleEntry> newest(int skip, int limit) {
		return list(new Criteria(), skip, limit);
	}

	public List<ArticleEntry> newestOfSection(String sectionKey, int skip, int limit) {
		return list(Criteria.where("sectionKey").is(sectionKey), skip, limit);
	}

	public List<ArticleEntry> newestWithTag(String tagKey, int skip, int limit) {
		return list(Criteria.where("tagKeys").is(tagKey), skip, limit);
	}

	/**
	 * @param month {@code 2020-10}
	 */
	public List<ArticleEntry> ofMonth(String month, int skip, int limit) {
		return list(Criteria.where("month").is(month), skip, limit);
	}

	/**
	 * Articles holding every word, with or without tone marks, newest first.
	 */
	public List<ArticleEntry> search(String query, int skip, int limit) {
		String[] words = Keys.words(query);
		if (words.length == 0) {
			return List.of();
		}
		return list(Criteria.where("words").all((Object[]) words), skip, limit);
	}

	/** The sections that have published articles, by name. */
	public List<String> sections() {
		return mongo.findDistinct(published(), "section", ArticleEntry.class, String.class)
			.stream()
			.filter(section -> section != null && !section.isBlank())
			.sorted()
			.toList();
	}

	private List<ArticleEntry> list(Criteria criteria, int skip, int limit) {
		Query query = summaryOf(published().addCriteria(criteria)).with(NEWEST_FIRST).skip(skip).limit(limit);
		return mongo.find(query, ArticleEntry.class);
	}

	private static Query published() {
		return Query.query(Criteria.where("published").is(true));
	}

	/**
	 * Lists show titles, leads and pictures: the body and the words stay in the store.
	 */
	private static Query summaryOf(Query query) {
		query.fields().exclude("body", "words");
		return query;
	}

	/** The words are for the search alone: a page that reads them only makes garbage. */
	private static Query withoutWords(Query query) {
		query.fields().exclude("words");
		return query;
	}

}
