package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.List;

/**
 * Names listed in the gazetteers of places and organisations ({@code locations-ar.txt}, {@code organizations-ar.txt}):
 * longest match, through proclitics (وبيونغ يانغ، للبيت الأبيض). Thread-safe (stateless).
 */
final class Gazetteers {
    private Gazetteers() {
    }

    /** Matches the longest gazetteer phrase starting at word {@code i}; returns the words consumed. */
    static int gazetteerAt(Words w, int i, List<NameSpan> out) {
        if (!w.mayStartPhrase(i)) {
            return 0;
        }
        java.util.Optional<String> alt = w.withoutFirstLetter(i);
        for (int n = Math.min(Lexicon.LONGEST_PHRASE, w.size() - i); n >= 1; n--) {
            String phrase = phrase(w, i, n);
            if (phrase == null) {
                continue;
            }
            EntityType type = typeOf(phrase);
            if (type != null) {
                out.add(WordSpans.of(w, i, i + n, type));
                return n;
            }
            if (alt.isPresent()) {
                type = typeOf(alt.get() + phrase.substring(w.bare().get(i).length()));
                if (type != null) {
                    NameSpan s = WordSpans.of(w, i, i + n, type);
                    int start = s.start() + 1;
                    // لـCNN: the tatweel after the proclitic is no part of the name.
                    while (start < s.end() && w.tokens().get(i).text().charAt(start - w.tokens().get(i).start()) == '\u0640') {
                        start++;
                    }
                    out.add(new NameSpan(start, s.end(), type, s.score()));
                    return n;
                }
            }
        }
        return 0;
    }

    static EntityType typeOf(String phrase) {
        return Lexicon.ORGANIZATIONS.contains(phrase) ? EntityType.ORGANIZATION
                : Lexicon.LOCATIONS.contains(phrase) ? EntityType.LOCATION : null;
    }

    /** The folded phrase of {@code n} words from {@code i}, the first without proclitics; null across punctuation. */
    static String phrase(Words w, int i, int n) {
        StringBuilder sb = new StringBuilder(w.bare().get(i));
        for (int k = i + 1; k < i + n; k++) {
            if (!w.isWord(k)) {
                return null;
            }
            sb.append(' ').append(w.folded().get(k));
        }
        return sb.toString();
    }

    static boolean startsGazetteerPhrase(Words w, int j) {
        if (!w.mayStartPhrase(j)) {
            return false;
        }
        java.util.Optional<String> alt = w.withoutFirstLetter(j);
        for (int n = Math.min(Lexicon.LONGEST_PHRASE, w.size() - j); n >= 1; n--) {
            String phrase = phrase(w, j, n);
            if (phrase != null && (typeOf(phrase) != null
                    || alt.isPresent() && typeOf(alt.get() + phrase.substring(w.bare().get(j).length())) != null)) {
                return true;
            }
        }
        return false;
    }

    static int placeLength(Words w, int j) {
        for (int n = Math.min(Lexicon.LONGEST_PHRASE, w.size() - j); n >= 1; n--) {
            String phrase = phrase(w, j, n);
            if (phrase != null && Lexicon.LOCATIONS.contains(phrase)) {
                return n;
            }
        }
        return 0;
    }
}
