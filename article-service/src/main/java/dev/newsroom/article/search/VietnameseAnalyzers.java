package dev.newsroom.article.search;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Two ways to read Vietnamese text into words, one per variant of each searchable field:
 * folded, every mark gone and đ written d ("Điện" → {@code dien}), so that "dien bien"
 * finds "Điện Biên"; and exact, marks kept and the tone set apart by {@link ToneFilter},
 * so that the word spelled as asked ranks first. Words are split by Unicode's rules
 * (Vietnamese writes each syllable apart), and text is NFC before it gets here.
 */
final class VietnameseAnalyzers {

	/** The suffix of a field's exact variant. */
	static final String EXACT = ".exact";

	private VietnameseAnalyzers() {
	}

	static final Analyzer FOLDED = analyzer(true);

	static final Analyzer EXACT_ANALYZER = analyzer(false);

	/** Folded, but exact for the exact variant of each field named. */
	static Analyzer perField(String... fields) {
		Map<String, Analyzer> exact = new HashMap<>();
		for (String field : fields) {
			exact.put(field + EXACT, EXACT_ANALYZER);
		}
		return new PerFieldAnalyzerWrapper(FOLDED, exact);
	}

	private static Analyzer analyzer(boolean folded) {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				var words = new StandardTokenizer();
				TokenStream lower = new LowerCaseFilter(words);
				return new TokenStreamComponents(words, folded ? new FoldingFilter(lower) : new ToneFilter(lower));
			}

		};
	}

}
