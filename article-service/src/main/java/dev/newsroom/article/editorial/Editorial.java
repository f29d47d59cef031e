package dev.newsroom.article.editorial;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.events.EventPublisher;
import dev.newsroom.events.outbox.OutboxMessage;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Editors' use cases. Each loads the aggregate, lets it decide, and saves the new state
 * together with its event in one document write; the outbox relay publishes the event.
 */
@Service
class Editorial {

	private static final int SLUG_ATTEMPTS = 20;

	/**
	 * The outbox relay bumps an article's version when it removes sent events; a use case
	 * that read the article just before decides again on the new version.
	 */
	private static final int VERSION_ATTEMPTS = 5;

	private final ArticleRepository articles;

	private final EventPublisher events;

	private final Clock clock;

	Editorial(ArticleRepository articles, EventPublisher events, Clock clock) {
		this.articles = articles;
		this.events = events;
		this.clock = clock;
	}

	Article draft(ArticleContent content, String author) {
		String base = Slugs.of(content.title());
		if (base.isEmpty()) {
			base = "bai-viet";
		}
		for (int attempt = 1; attempt <= SLUG_ATTEMPTS; attempt++) {
			String slug = attempt == 1 ? base : Slugs.numbered(base, attempt);
			if (articles.existsBySlug(slug)) {
				continue;
			}
			try {
				return articles.insert(Article.draft(content, slug, author, clock.instant()));
			}
			catch (DuplicateKeyException raceWithAnotherEditor) {
				// another article took this slug between the check and the insert: try
				// the next
			}
		}
		throw new ErrorResponseException(HttpStatus.CONFLICT);
	}

	Article publish(String id) {
		return change(id, article -> List.of(message(id, article.publish(clock.instant()))));
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

	/** Loads, lets the article decide, and saves it with what the decision staged. */
	private Article change(String id, Function<Article, List<OutboxMessage>> decision) {
		for (int attempt = 1;; attempt++) {
			Article article = find(id);
			decision.apply(article).forEach(article::stage);
			try {
				return articles.save(article);
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				if (attempt == VERSION_ATTEMPTS) {
					throw changedMeanwhile;
				}
			}
		}
	}

}
