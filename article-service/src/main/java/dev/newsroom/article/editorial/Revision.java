package dev.newsroom.article.editorial;

import java.time.Instant;
import java.util.List;

/**
 * One save of an article's content: its number (1 for the first draft), who saved it,
 * when, and which fields it changed. The content itself is kept apart, in a
 * {@link RevisionContent}, so that an article's document stays small however often it is
 * saved.
 */
public record Revision(int number, String by, Instant at, List<String> changed) {

	public Revision {
		changed = List.copyOf(changed);
	}

}
