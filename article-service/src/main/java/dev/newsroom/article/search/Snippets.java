package dev.newsroom.article.search;

import java.io.IOException;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passage of an article's text that best shows why it was found, about two hundred
 * characters around the match, HTML-escaped, with each match in {@code <mark>}: the words
 * are found folded, so "dien bien" marks "Điện Biên" as written.
 */
final class Snippets {

	/**
	 * How the folded text is indexed: with where each word begins and ends, and kept, so
	 * that a snippet is cut without reading the article again or analysing its text anew
	 * (which took most of a search's time).
	 */
	static final FieldType TEXT = new FieldType(TextField.TYPE_STORED);

	static {
		TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT.freeze();
	}

	private static final int LENGTH = 200;

	/**
	 * The best passage of each document's text, in the order of {@code docs}, or its
	 * beginning when no word of it matches.
	 */
	String[] of(IndexSearcher searcher, SearchQuery query, int[] docs) throws IOException {
		if (docs.length == 0) {
			return new String[0];
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, VietnameseAnalyzers.FOLDED)
			// passages cut between words: a sentence iterator took most of the time
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(new CustomSeparatorBreakIterator(' '), LENGTH, 0.5f))
			// the whole text, not its first 10,000 characters: a long report found by a
			// word near its end shows that word
			.withMaxLength(Integer.MAX_VALUE - 1)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withMaxNoHighlightPassages(1)
			.build();
		String[] snippets = highlighter
			.highlightFields(new String[] { SearchQuery.TEXT }, query.inText(), docs, new int[] { 1 })
			.get(SearchQuery.TEXT);
		for (int i = 0; i < snippets.length; i++) {
			snippets[i] = snippets[i] == null ? "" : snippets[i];
		}
		return snippets;
	}

}
