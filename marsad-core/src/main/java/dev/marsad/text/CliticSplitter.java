package dev.marsad.text;

import java.util.Objects;

/**
 * Separates the proclitics Arabic writes attached to a word (conjunctions و ف, prepositions ب ل ك, the article
 * ال and their combinations such as وبال، لل، فال) from its stem, for matching only. Conservative: a prefix is
 * removed only when at least three letters remain, so short stems (ولد، بلد) are kept whole.
 * Written by hand because the only Java stemmers for Arabic (Lucene's light stemmer) also strip suffixes and
 * give no offsets. Thread-safe.
 */
public final class CliticSplitter {
    private static final String[] ARTICLE_PREFIXES = {"وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال"};
    private static final String[] PARTICLE_PREFIXES = {"وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"};

    private CliticSplitter() {
    }

    /**
     * A word split into proclitic and stem.
     *
     * @param prefix      the proclitics, as written (may be empty)
     * @param stem        the rest of the word, as written
     * @param hasArticle  true when the prefix contains the article ال (or its assimilated لل form)
     */
    public record Split(String prefix, String stem, boolean hasArticle) {
        public Split {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(stem, "stem");
        }
    }

    /** Splits the proclitics off {@code word}; the prefix keeps the article when the word has one. */
    public static Split split(String word) {
        String folded = ArabicNormalizer.fold(word);
        if (folded.length() != word.length()) {
            return new Split("", word, false);
        }
        for (String p : ARTICLE_PREFIXES) {
            if (folded.startsWith(p) && folded.length() - p.length() >= 2) {
                return new Split(word.substring(0, p.length()), word.substring(p.length()), true);
            }
        }
        for (String p : PARTICLE_PREFIXES) {
            if (folded.startsWith(p) && folded.length() - p.length() >= 3) {
                return new Split(word.substring(0, p.length()), word.substring(p.length()), false);
            }
        }
        return new Split("", word, false);
    }

    /**
     * Removes only the particles before an article-bearing word ({@code للبيت} → {@code البيت},
     * {@code وبالكرملين} → {@code الكرملين}), the form names are written in. Words without an article lose
     * a single conjunction or preposition when enough remains.
     */
    public static String stripParticles(String word) {
        String folded = ArabicNormalizer.fold(word);
        if (folded.length() != word.length()) {
            return word;
        }
        for (String p : new String[] {"وبال", "وكال", "فبال", "وال", "فال", "بال", "كال"}) {
            if (folded.startsWith(p) && folded.length() - p.length() >= 2) {
                return word.substring(p.length() - 2);
            }
        }
        for (String p : new String[] {"ولل", "فلل", "لل"}) {
            if (folded.startsWith(p) && folded.length() - p.length() >= 2) {
                return "\u0627" + word.substring(p.length() - 1);
            }
        }
        return word;
    }
}
