package dev.newsroom.article.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.events.EventPublisher;
import dev.newsroom.events.outbox.OutboxMessage;
import dev.newsroom.events.outbox.OutboxSaves;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Editors' use cases. Each loads the aggregate, lets it decide, and saves the new state
 * together with its event in one document write; the outbox relay publishes the event.
 */
@Service
class Editorial {

	private static final int SLUG_ATTEMPTS = 5;

	private final ArticleRepository articles;

	private final RevisionContentRepository revisionContents;

	private final References references;

	private final EventPublisher events;

	private final Clock clock;

	Editorial(ArticleRepository articles, RevisionContentRepository revisionContents, References references,
			EventPublisher events, Clock clock) {
		this.articles = articles;
		this.revisionContents = revisionContents;
		this.references = references;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A new draft under the slug of its title; the n-th article of the same title gets
	 * "-n", however many there are ("giá vàng hôm nay-57"), and a title without a letter
	 * to keep becomes "bai-viet".
	 */
	Article draft(ArticleContent content, String author) {
		references.require(content, null);
		String base = Slugs.of(content.title());
		if (base.isEmpty()) {
			base = "bai-viet";
		}
		for (int attempt = 1;; attempt++) {
			String slug = freeSlug(base);
			Article draft = Article.draft(content, slug, author, clock.instant());
			revisionContents.save(RevisionContent.of(draft.id(), 1, content));
			try {
				return articles.insert(draft);
			}
			catch (DuplicateKeyException raceWithAnotherEditor) {
				// another article took this slug between the look and the insert
				if (attempt == SLUG_ATTEMPTS) {
					throw new ErrorResponseException(HttpStatus.CONFLICT,
							ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
									"Too many articles of this title are being written at once; try again"),
							raceWithAnotherEditor);
				}
			}
		}
	}

	/**
	 * The base, or the number after the highest taken: one look at the slug index,
	 * however many articles share the title.
	 */
	private String freeSlug(String base) {
		String stem = Slugs.numberingStem(base);
		long highest = 0;
		for (ArticleRepository.SlugOnly taken : articles.findSlugsMatching("^" + stem + "(-[0-9]{1,9})?$")) {
			String slug = taken.slug();
			highest = Math.max(highest, slug.equals(stem) ? 1 : Long.parseLong(slug.substring(stem.length() + 1)));
		}
		if (highest == 0 && (Slugs.isReserved(base) || !stem.equals(base) && articles.existsBySlug(base))) {
			highest = 1;
		}
		return highest == 0 ? base : stem + "-" + (highest + 1);
	}

	/**
	 * A new version of an article's content, made from the version the editor saw
	 * ({@code basedOn}, the revision its ETag names): if anyone saved since, nothing is
	 * overwritten. A published article's readers get the new version at once.
	 */
	Article edit(String id, ArticleContent content, String editor, long basedOn) {
		return change(id, article -> {
			if (article.revision() != basedOn) {
				throw PreconditionException.stale(id, etagOf(article));
			}
			references.require(content, id);
			return save(article, content, editor);
		});
	}

	/** The content of an earlier revision, saved again as the newest. */
	Article restore(String id, int number, String editor) {
		ArticleContent earlier = revision(id, number).content();
		return change(id, article -> save(article, earlier, editor));
	}

	/** A listed revision with its content; 404 for a number the article never had. */
	SavedRevision revision(String id, int number) {
		Revision revision = find(id).revisions()
			.stream()
			.filter(saved -> saved.number() == number)
			.findFirst()
			.orElseThrow(() -> new ArticleNotFoundException(id + " revision " + number));
		return revisionContents.findById(RevisionContent.idOf(id, number))
			.map(content -> new SavedRevision(revision, content.content()))
			.orElseThrow(() -> new ArticleNotFoundException(id + " revision " + number));
	}

	record SavedRevision(Revision revision, ArticleContent content) {
	}

	/** The content of the new revision is written before the article that lists it. */
	private List<OutboxMessage> save(Article article, ArticleContent content, String editor) {
		Optional<ArticlePublished> published = article.edit(content, editor, clock.instant());
		revisionContents.save(RevisionContent.of(article.id(), article.lastRevision().number(), content));
		return published.map(event -> message(article.id(), event)).stream().toList();
	}

	/** What an editor's client sends back in If-Match: the article's revision. */
	static String etagOf(Article article) {
		return "\"" + article.revision() + "\"";
	}

	/**
	 * Moves an article to another slug; one that is some article's, now or before, is
	 * refused (409), so that no old link ever leads to the wrong article.
	 */
	Article changeSlug(String id, String slug) {
		Article moved = find(id);
		if (!slug.equals(moved.slug()) && !moved.formerSlugs().contains(slug)
				&& (Slugs.isReserved(slug) || articles.existsBySlug(slug) || articles.existsByFormerSlugs(slug))) {
			throw new ErrorResponseException(HttpStatus.CONFLICT,
					ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The slug " + slug + " is taken"), null);
		}
		try {
			return change(id,
					article -> article.changeSlug(slug, clock.instant())
						.map(event -> message(id, event))
						.stream()
						.toList());
		}
		catch (DuplicateKeyException takenMeanwhile) {
			throw new ErrorResponseException(HttpStatus.CONFLICT,
					ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The slug " + slug + " is taken"),
					takenMeanwhile);
		}
	}

	Article submit(String id) {
		return change(id, article -> List.of(message(id, article.submit(clock.instant()))));
	}

	Article publish(String id) {
		return change(id, article -> List.of(message(id, article.publish(clock.instant()))));
	}

	Article schedule(String id, Instant at) {
		return change(id, article -> List.of(message(id, article.schedule(at, clock.instant()))));
	}

	Article unschedule(String id) {
		return change(id, article -> List.of(message(id, article.unschedule(clock.instant()))));
	}

	Article archive(String id) {
		return change(id, article -> List.of(message(id, article.archive(clock.instant()))));
	}

	/**
	 * Publishes every scheduled article whose time has come. Each goes from SCHEDULED to
	 * PUBLISHED in one versioned write, so an article another instance (or a publisher)
	 * published meanwhile is left alone: it goes live once.
	 * @return how many this call published
	 */
	int publishDue() {
		int published = 0;
		for (Article due : articles.findByStatusAndPublishAtLessThanEqual(ArticleStatus.SCHEDULED, clock.instant())) {
			try {
				change(due.id(), article -> List.of(message(due.id(), article.publishScheduled(clock.instant()))));
				published++;
			}
			catch (ArticleStateException | ArticleNotFoundException goneMeanwhile) {
				// published, rescheduled or deleted since the query: nothing to do
			}
		}
		return published;
	}

	Article unpublish(String id) {
		return change(id, article -> List.of(message(id, article.unpublish(clock.instant()))));
	}

	/** The deletion event, then a tombstone that lets compaction forget the article. */
	Article delete(String id) {
		return change(id, article -> {
			ArticleDeleted deleted = article.delete(clock.instant());
			return List.of(message(id, deleted), events.outboxTombstone(Topics.ARTICLES, id, deleted));
		});
	}

	Article find(String id) {
		return articles.findById(id)
			.filter(article -> article.status() != ArticleStatus.DELETED)
			.orElseThrow(() -> new ArticleNotFoundException(id));
	}

	private OutboxMessage message(String id, Event event) {
		return events.outboxMessage(Topics.ARTICLES, id, event);
	}

	/**
	 * Loads, lets the article decide, and saves it with what the decision staged; again
	 * on a new version when the outbox relay bumped it meanwhile.
	 */
	private Article change(String id, Function<Article, List<OutboxMessage>> decision) {
		return OutboxSaves.retrying(() -> {
			Article article = find(id);
			decision.apply(article).forEach(article::stage);
			return articles.save(article);
		});
	}

}
