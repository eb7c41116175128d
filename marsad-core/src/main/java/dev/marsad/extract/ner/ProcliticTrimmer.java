package dev.marsad.extract.ner;

import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.CliticSplitter;

/**
 * How many leading chars of a name's first token are attached proclitics, not part of the name.
 * <ul>
 *   <li>before the article (وال، بال، فال، كال، وبال): the particles go, ال stays ({@code والكرملين} → الكرملين);</li>
 *   <li>assimilated article (لل، ولل، فلل): the name starts after the first ل ({@code للبيت} → لبيت), which the
 *       extractor restores to البيت;</li>
 *   <li>a bare particle (و ب ل ك ف): removed only when the rest is a listed name and the whole word is not, since
 *       many names start with these letters (واشنطن، بغداد، لندن، كندا، فرنسا).</li>
 * </ul>
 * Thread-safe.
 */
final class ProcliticTrimmer {
    private static final String ASSIMILATED_ARTICLE = "\u0644\u0644";

    private final NerLexicon lexicon;

    ProcliticTrimmer(NerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    int leadingClitics(String token) {
        CliticSplitter.Split split = CliticSplitter.split(token);
        String prefix = split.prefix();
        if (prefix.isEmpty()) {
            return 0;
        }
        String folded = ArabicNormalizer.fold(prefix);
        if (split.hasArticle()) {
            return folded.endsWith(ASSIMILATED_ARTICLE) ? prefix.length() - 1 : prefix.length() - 2;
        }
        boolean stemListed = lexicon.tokenFlags(Hashing.of(ArabicNormalizer.fold(split.stem()))) != 0;
        boolean wholeListed = lexicon.tokenFlags(Hashing.of(ArabicNormalizer.fold(token))) != 0;
        return stemListed && !wholeListed ? prefix.length() : 0;
    }
}
