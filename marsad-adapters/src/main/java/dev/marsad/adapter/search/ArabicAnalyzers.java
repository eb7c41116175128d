package dev.marsad.adapter.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analysis chains of the search index. Both are Lucene's {@link ArabicAnalyzer} chain (standard
 * tokenizer, lower case, decimal digits, Arabic normalisation: آ أ إ → ا, ى → ي, ة → ه, harakat and tatweel
 * dropped), preceded by a char map for the Persian letters scraped pages mix in (ک → ك, ی → ي, ۀ → ه), which
 * Lucene's Arabic chain leaves alone. Thread-safe (Lucene analyzers reuse per-thread components).
 * <ul>
 *   <li>{@link #stemmed()}: adds Arabic stop words and the light stemmer (prefixes ال وال بال كال فال لل و,
 *       suffixes ها ان ات ون ين يه ية ه ة ي); for titles and bodies.</li>
 *   <li>{@link #names()}: normalisation only, no stop words or stemming, so that names keep their shape
 *       (ابو ظبي must not lose ابو as a stop word).</li>
 * </ul>
 */
final class ArabicAnalyzers {
    private static final NormalizeCharMap PERSIAN_LETTERS = persianLetters();

    private ArabicAnalyzers() {
    }

    static Analyzer stemmed() {
        return new Chain(true);
    }

    static Analyzer names() {
        return new Chain(false);
    }

    private static NormalizeCharMap persianLetters() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add("\u06A9", "\u0643"); // KEHEH → KAF
        builder.add("\u06CC", "\u064A"); // FARSI YEH → YEH
        builder.add("\u06C0", "\u0647"); // HEH WITH YEH ABOVE → HEH
        return builder.build();
    }

    private static final class Chain extends Analyzer {
        private final boolean stem;

        Chain(boolean stem) {
            this.stem = stem;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(PERSIAN_LETTERS, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new DecimalDigitFilter(result);
            if (stem) {
                result = new StopFilter(result, ArabicAnalyzer.getDefaultStopSet());
            }
            // Normalise before stemming, as ArabicAnalyzer does, so the stemmer sees one spelling of each affix.
            result = new ArabicNormalizationFilter(result);
            if (stem) {
                result = new ArabicStemFilter(result);
            }
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
        }
    }
}
