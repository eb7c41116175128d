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
 *       many names start with these letters (واشنطن، بغداد، لندن، كندا، فرنسا); ك ("like") only before a name of
 *       four letters or more: a place the lists lack that starts with ك and ends in a short listed one (كسلا, Kassala,
 *       is not ك + سلا, Salé) is far more common in news than ك before a three-letter place (كمصر): 19 against 13
 *       in the unlabelled streams, and a wrong trim gives the wrong place's key.</li>
 * </ul>
 * Thread-safe.
 */
final class ProcliticTrimmer {
    private static final String ASSIMILATED_ARTICLE = "\u0644\u0644";

    private static final String PARTICLES = "\u0648\u0628\u0644\u0643\u0641";

    private static final char KAF = '\u0643';

    private final NerLexicon lexicon;

    ProcliticTrimmer(NerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    private static boolean isParticle(char c) {
        return PARTICLES.indexOf(c) >= 0;
    }

    int leadingClitics(String token) {
        CliticSplitter.Split split = CliticSplitter.split(token);
        String prefix = split.prefix();
        if (prefix.isEmpty()) {
            return 0;
        }
        String folded = ArabicNormalizer.fold(prefix);
        long whole = Hashing.of(ArabicNormalizer.fold(token));
        if (split.hasArticle() && folded.length() == 3 && lexicon.tokenFlags(whole) != 0) {
            return 0; // فالح، فالنسيا، والتر: a listed name that only looks like a particle before the article.
        }
        if (split.hasArticle()) {
            return folded.endsWith(ASSIMILATED_ARTICLE) ? prefix.length() - 1 : prefix.length() - 2;
        }
        if (lexicon.tokenFlags(whole) != 0) {
            return 0;
        }
        // One or two particle letters (و ب ل ك ف), shortest first: وبكين is و + بكين, وبموسكو is وب + موسكو.
        for (int k = 1; k <= Math.min(2, prefix.length()); k++) {
            if (!isParticle(token.charAt(k - 1)) || token.length() - k < 3) {
                break;
            }
            if (token.charAt(k - 1) == KAF && token.length() - k < 4) {
                continue;
            }
            if (lexicon.tokenFlags(Hashing.of(ArabicNormalizer.fold(token.substring(k)))) != 0) {
                return k;
            }
        }
        return 0;
    }
}
