package dev.newsroom.article.editorial;

import java.time.Clock;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.defaults.events.CloudEvents;
import dev.newsroom.defaults.outbox.OutboxMessage;

import org.springframework.dao.DuplicateKeyException;
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

	private final ArticleRepository articles;

	private final CloudEvents events;

	private final Clock clock;

	Editorial(ArticleRepository articles, CloudEvents events, Clock clock) {
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
		Article article = find(id);
		ArticlePublished published = article.publish(clock.instant());
		article.stage(new OutboxMessage(published.eventId(), Topics.ARTICLES, article.id(), ArticlePublished.TYPE,
				published.occurredAt(), events.toJson(published)));
		return articles.save(article);
	}

	Article find(String id) {
		return articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
	}

}
