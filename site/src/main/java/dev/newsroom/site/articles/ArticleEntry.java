package dev.newsroom.site.articles;

import java.time.Instant;
import java.util.List;

import dev.newsroom.contracts.article.ArticlePublished.FeaturedImage;
import dev.newsroom.contracts.article.ArticlePublished.Signature;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A published article as the site keeps it: the latest public snapshot, its body cut into
 * parts, and what the lists select on. An article taken off the site keeps its revision
 * (and nothing public), so that an older snapshot arriving late cannot bring it back.
 *
 * @param slug its address now; an address it had before is a {@link SlugEntry} alone
 * @param month the month of its publication on the readers' calendar, {@code 2020-10}
 * @param words the folded words of its title, lead and body, for the site's search
 * @param views its total of views, kept here too so that its page reads it with the
 * article ({@link SiteArticles#viewed}); none on an entry stored before it was kept here,
 * until its next view or publication
 * @param commented whether a comment of it was ever approved: a page of an article that
 * never had one does not look for them ({@link SiteArticles#commented}); unknown (none)
 * for an entry first stored before it was kept
 */
@Document("articles")
@CompoundIndex(name = "newest", def = "{'published': 1, 'publishedAt': -1, '_id': -1}")
@CompoundIndex(name = "section_newest", def = "{'sectionKey': 1, 'published': 1, 'publishedAt': -1, '_id': -1}")
@CompoundIndex(name = "tag_newest", def = "{'tagKeys': 1, 'published': 1, 'publishedAt': -1, '_id': -1}")
@CompoundIndex(name = "month_newest", def = "{'month': 1, 'published': 1, 'publishedAt': -1, '_id': -1}")
@CompoundIndex(name = "words_newest", def = "{'words': 1, 'published': 1, 'publishedAt': -1, '_id': -1}")
public record ArticleEntry(@Id String id, long revision, boolean published,
		@Indexed(unique = true, sparse = true) String slug, String title, String lead, List<BodyPart> body,
		String section, String sectionKey, List<String> tags, List<String> tagKeys, String byline, Signature signature,
		FeaturedImage featuredImage, List<String> gallery, List<String> videos, List<String> related, String seoTitle,
		String seoDescription, String source, Instant publishedAt, Instant updatedAt, String month, List<String> words,
		Long views, Boolean commented) {

	public ArticleEntry {
		body = orEmpty(body);
		tags = orEmpty(tags);
		tagKeys = orEmpty(tagKeys);
		gallery = orEmpty(gallery);
		videos = orEmpty(videos);
		related = orEmpty(related);
		words = orEmpty(words);
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

}
