package dev.newsroom.article.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passage of an article's text that best shows why it was found, about two hundred
 * characters around the match, HTML-escaped, with each match in {@code <mark>}: the words
 * are found folded, so "dien bien" marks "Điện Biên" as written. The text comes from the
 * database with the results, so the index need not keep it.
 */
final class Snippets {

	private static final int LENGTH = 200;

	private final UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(VietnameseAnalyzers.FOLDED)
		// passages cut between words: a sentence iterator cost most of a search's time
		.withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator(' '),
				LENGTH, 0.5f))
		.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
		.withMaxNoHighlightPassages(1)
		.build();

	/** The best passage of {@code text}, or its beginning when no word of it matches. */
	String of(SearchQuery query, String text) {
		try {
			Object snippet = highlighter.highlightWithoutSearcher(SearchQuery.TEXT, query.inText(), text, 1);
			return snippet == null ? "" : snippet.toString();
		}
		catch (IOException inMemory) {
			throw new UncheckedIOException(inMemory);
		}
	}

}
