package dev.newsroom.article.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a reader typed, as a Lucene query: every word and every quoted phrase must occur,
 * in the title or the text, whatever its tone marks; the words spelled exactly as typed
 * (old or new tone placement alike) rank above those that only match once folded, and a
 * match in the title above one in the text. Input in NFD is the same query as in NFC.
 */
record SearchQuery(List<List<String>> folded, List<List<String>> exact) {

	static final String TITLE = "title";

	static final String TEXT = "text";

	/**
	 * Far above what BM25 gives a word here, so that every exactly spelled word counts
	 * before any measure of relevance: "hoa" lists articles about flowers (hoa) before
	 * those about peace (hòa).
	 */
	private static final float EXACT_WEIGHT = 1000f;

	private static final float TITLE_WEIGHT = 3f;

	private static final Pattern PARTS = Pattern.compile("\"([^\"]*)\"?|([^\\s\"]+)");

	/**
	 * Each quoted phrase, and each word outside quotes, as its folded and its exact
	 * words; parts that hold no word (punctuation) are dropped.
	 */
	static SearchQuery parse(String typed) {
		String text = Normalizer.normalize(typed, Normalizer.Form.NFC);
		List<List<String>> folded = new ArrayList<>();
		List<List<String>> exact = new ArrayList<>();
		Matcher parts = PARTS.matcher(text);
		while (parts.find()) {
			String part = parts.group(1) != null ? parts.group(1) : parts.group(2);
			List<String> foldedWords = words(VietnameseAnalyzers.FOLDED, part);
			if (!foldedWords.isEmpty()) {
				folded.add(foldedWords);
				exact.add(words(VietnameseAnalyzers.EXACT_ANALYZER, part));
			}
		}
		return new SearchQuery(List.copyOf(folded), List.copyOf(exact));
	}

	boolean isEmpty() {
		return folded.isEmpty();
	}

	int words() {
		return folded.stream().mapToInt(List::size).sum();
	}

	/** For ranking and finding: the whole query. */
	Query toQuery() {
		var all = new BooleanQuery.Builder();
		for (int i = 0; i < folded.size(); i++) {
			var part = new BooleanQuery.Builder();
			var found = new BooleanQuery.Builder();
			found.add(new BoostQuery(match(TITLE, folded.get(i)), TITLE_WEIGHT), Occur.SHOULD);
			found.add(match(TEXT, folded.get(i)), Occur.SHOULD);
			part.add(found.build(), Occur.MUST);
			var spelled = new BooleanQuery.Builder();
			spelled.add(match(TITLE + VietnameseAnalyzers.EXACT, exact.get(i)), Occur.SHOULD);
			spelled.add(match(TEXT + VietnameseAnalyzers.EXACT, exact.get(i)), Occur.SHOULD);
			part.add(new BoostQuery(new ConstantScoreQuery(spelled.build()), EXACT_WEIGHT), Occur.SHOULD);
			all.add(part.build(), Occur.MUST);
		}
		return all.build();
	}

	/** For snippets: what to mark in the text, folded. */
	Query inText() {
		var any = new BooleanQuery.Builder();
		folded.forEach(words -> any.add(match(TEXT, words), Occur.SHOULD));
		return any.build();
	}

	private static Query match(String field, List<String> words) {
		if (words.size() == 1) {
			return new TermQuery(new Term(field, words.get(0)));
		}
		return new PhraseQuery(field, words.toArray(String[]::new));
	}

	private static List<String> words(Analyzer analyzer, String text) {
		List<String> words = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream("", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				words.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException cannotHappenInMemory) {
			throw new UncheckedIOException(cannotHappenInMemory);
		}
		return words;
	}

}
