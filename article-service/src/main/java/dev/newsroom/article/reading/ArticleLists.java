package dev.newsroom.article.reading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.newsroom.article.editorial.ArticleStatus;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The lists visitors page through, newest first, each query served by an index of the
 * article collection ({@code newest}, {@code section_newest}, {@code tag_newest}).
 */
@Component
class ArticleLists {

	private static final String ARTICLES = "articles";

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));

	private final MongoTemplate mongo;

	ArticleLists(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** One page, and whether there is another. */
	record Page(List<ArticleSummary> items, boolean hasMore) {
	}

	/**
	 * @param sectionKey only this section's, or null
	 * @param tagKey only those with this tag, or null
	 * @param after the cursor of the previous page, or null for the first
	 */
	Page newest(String sectionKey, String tagKey, Cursor after, int size) {
		Criteria criteria = published();
		if (sectionKey != null) {
			criteria.and("sectionKey").is(sectionKey);
		}
		if (tagKey != null) {
			criteria.and("tagKeys").is(tagKey);
		}
		if (after != null) {
			criteria.orOperator(Criteria.where("publishedAt").lt(after.publishedAt()),
					Criteria.where("publishedAt").is(after.publishedAt()).and("_id").lt(after.id()));
		}
		List<ArticleSummary> found = find(criteria, size + 1);
		return new Page(found.subList(0, Math.min(size, found.size())), found.size() > size);
	}

	/**
	 * What to read next: the editor's choice first, in its order, then the newest sharing
	 * a tag, then the newest of the section; never the article itself, never one that is
	 * not published.
	 */
	List<ArticleSummary> related(String id, List<String> chosen, List<String> tagKeys, String sectionKey, int limit) {
		Map<String, ArticleSummary> related = new LinkedHashMap<>();
		if (!chosen.isEmpty()) {
			Map<String, ArticleSummary> byId = new LinkedHashMap<>();
			find(published().and("_id").in(chosen), chosen.size()).forEach(summary -> byId.put(summary.id(), summary));
			chosen.stream()
				.filter(byId::containsKey)
				.filter(chosenId -> !chosenId.equals(id))
				.forEach(chosenId -> related.put(chosenId, byId.get(chosenId)));
		}
		if (!tagKeys.isEmpty()) {
			add(related, find(published().and("tagKeys").in(tagKeys).and("_id").nin(excluding(id, related.keySet())),
					limit - related.size()), limit);
		}
		add(related, find(published().and("sectionKey").is(sectionKey).and("_id").nin(excluding(id, related.keySet())),
				limit - related.size()), limit);
		return new ArrayList<>(related.values()).subList(0, Math.min(limit, related.size()));
	}

	private static void add(Map<String, ArticleSummary> related, List<ArticleSummary> more, int limit) {
		for (ArticleSummary summary : more) {
			if (related.size() >= limit) {
				return;
			}
			related.putIfAbsent(summary.id(), summary);
		}
	}

	private static List<String> excluding(String id, Collection<String> already) {
		List<String> excluded = new ArrayList<>(already);
		excluded.add(id);
		return excluded;
	}

	private List<ArticleSummary> find(Criteria criteria, int limit) {
		if (limit <= 0) {
			return List.of();
		}
		Query query = Query.query(criteria).with(NEWEST_FIRST).limit(limit);
		query.fields().include(ArticleSummary.FIELDS);
		return mongo.find(query, ArticleSummary.class, ARTICLES);
	}

	private static Criteria published() {
		return Criteria.where("status").is(ArticleStatus.PUBLISHED);
	}

}
