package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A tagger's organisation that is a listed body followed by a person is the two of them: in {@code وقالت مسؤولة
 * السياسة الخارجية في الاتحاد الأوروبي فيديريكا موغريني إن} the tagger takes the body and its official for one
 * four-word organisation, and the quote loses its speaker. Arabic puts an official's name right after the body she
 * serves with no word between, so where the rules found a listed organisation at the span's start that ends inside
 * it, and the rest is two words or more opening with a first name, or written as a foreign name is (no article, no
 * word the news writes outside names), and is not a listed name itself, the span is split
 * into the organisation and a person. A body named after a person keeps its name: there the words before the name
 * are a head noun (مؤسسة، جامعة), not a listed body. Thread-safe (stateless).
 */
final class PeopleAfterBodies {
    private PeopleAfterBodies() {
    }

    /**
     * The tagger's spans, each listed body followed by a person split in two.
     *
     * @param found     the tagger's spans, in text order
     * @param rules     the rules' spans (listed organisations among them)
     * @param w         the article's words
     * @param firstName whether a written word is a first name
     */
    static List<NameSpan> split(List<NameSpan> found, List<NameSpan> rules, Words w, Predicate<String> firstName,
                                Predicate<String> common) {
        // The rules' organisations by their start, so that each span looks up its own (long inputs stay linear).
        Map<Integer, List<NameSpan>> bodies = new HashMap<>();
        for (NameSpan r : rules) {
            if (r.type() == EntityType.ORGANIZATION) {
                bodies.computeIfAbsent(r.start(), k -> new ArrayList<>(1)).add(r);
            }
        }
        if (bodies.isEmpty()) {
            return found;
        }
        List<NameSpan> out = new ArrayList<>(found.size());
        for (NameSpan s : found) {
            out.addAll(s.type() == EntityType.ORGANIZATION ? pieces(s, bodies, w, firstName, common) : List.of(s));
        }
        return out;
    }

    private static List<NameSpan> pieces(NameSpan s, Map<Integer, List<NameSpan>> bodies, Words w,
                                         Predicate<String> firstName, Predicate<String> common) {
        // A proclitic the tagger kept (والاتحاد) may put the rule's start a letter after the span's.
        List<NameSpan> starting = new ArrayList<>(bodies.getOrDefault(s.start(), List.of()));
        starting.addAll(bodies.getOrDefault(s.start() + 1, List.of()));
        for (NameSpan r : starting) {
            // ام بي سي، إيه بي سي: letters spelt out are one acronym, not a body and a person.
            if (r.end() >= s.end() || spelledLetters(w, r.start(), s.end())) {
                continue;
            }
            int from = firstWordFrom(w, r.end());
            int to = firstWordFrom(w, s.end());
            if (to - from < 2 || from >= w.size() || w.tokens().get(from).start() != r.end() + 1 || !w.isWord(from)) {
                return List.of(s);
            }
            String rest = Gazetteers.phrase(w, from, to - from); // null across punctuation: words only
            if (rest == null || Gazetteers.typeOf(rest) != null
                    || !firstName.test(w.tokens().get(from).text()) && !foreignName(w, from, to, common)) {
                return List.of(s);
            }
            NameSpan person = WordSpans.of(w, from, to, EntityType.PERSON);
            return List.of(new NameSpan(s.start(), r.end(), EntityType.ORGANIZATION, s.score()),
                    new NameSpan(person.start(), s.end(), EntityType.PERSON, s.score()));
        }
        return List.of(s);
    }

    /**
     * Words a name of the world's languages is written with (فيديريكا موغريني): none with the article, none a word
     * the news writes outside names.
     */
    private static boolean foreignName(Words w, int from, int to, Predicate<String> common) {
        for (int k = from; k < to; k++) {
            String folded = w.folded().get(k);
            if (folded.startsWith("ال") || folded.length() < 3 || common.test(folded)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of the span from {@code start} to {@code end} is a Latin letter spelt out (بي، سي، إم). */
    private static boolean spelledLetters(Words w, int start, int end) {
        for (int k = firstWordFrom(w, start); k < w.size() && w.tokens().get(k).start() < end; k++) {
            if (Lexicon.LATIN_LETTER_NAMES.contains(w.folded().get(k)) || Lexicon.LATIN_LETTER_NAMES.contains(w.bare().get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first word that starts at or after {@code offset} (words are in text order). */
    private static int firstWordFrom(Words w, int offset) {
        int lo = 0;
        int hi = w.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (w.tokens().get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
