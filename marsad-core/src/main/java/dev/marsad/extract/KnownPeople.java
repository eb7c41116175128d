package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mentions of people already met in this run: a surname alone, the full name again, a relative of the same family,
 * a name behind a one-letter preposition. Thread-safe per run.
 */
final class KnownPeople {
    private KnownPeople() {
    }

    /** One-word or full mentions of people already met in this run. */
    static List<NameSpan> find(Words w, ExtractionRun run) {
        // Skeletons of the words, worked out only for the words looked at (the article and names skip most).
        List<String> skeletons = new java.util.AbstractList<>() {
            @Override
            public String get(int i) {
                return w.isWord(i) ? w.skeleton(i) : "";
            }

            @Override
            public int size() {
                return w.size();
            }
        };
        List<NameSpan> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (!w.isWord(i)) {
                continue;
            }
            String whole = w.folded().get(i);
            if (w.prefixes()[i] == 1 && "وف".indexOf(whole.charAt(0)) >= 0 && run.knowsLastWord(NameKey.wordSkeleton(whole))
                    && resolvable(whole, run)) {
                // وقال فالون after مايكل فالون: the surname itself, not ف + "الون" with the article.
                out.add(new NameSpan(w.tokens().get(i).start(), w.tokens().get(i).end(), EntityType.PERSON, 0.5));
                continue;
            }
            if (w.bare().get(i).startsWith("ال")) {
                // وأكد الركراكي أن … after وليد الركراكي: a surname with the article, only as the last word of
                // someone met in full (so common words with the article are never taken for names).
                // A title that is also a family's last word (الشيخ of آل الشيخ) is the title unless آل stands before it:
                // وقال الشيخ محمد بن زايد is another man's title, not عبد العزيز آل الشيخ again.
                boolean title = Lexicon.TITLES.contains(w.bare().get(i)) && !(i > 0 && w.folded().get(i - 1).equals("ال"));
                if (!title && w.bare().get(i).length() >= 5 && run.knowsLastWord(skeletons.get(i)) && resolvable(w.bare().get(i), run)) {
                    int start = w.tokens().get(i).start() + w.prefixes()[i];
                    out.add(new NameSpan(start, w.tokens().get(i).end(), EntityType.PERSON, 0.5));
                }
                continue;
            }
            Optional<String> alt = w.withoutFirstLetter(i);
            if (!run.knowsSkeleton(skeletons.get(i)) && alt.map(a -> !run.knowsSkeleton(NameKey.wordSkeleton(a))).orElse(true)) {
                continue;
            }
            int full = run.fullNameLengthAt(skeletons, i);
            if (full > 0) {
                out.add(WordSpans.of(w, i, i + full, EntityType.PERSON));
                i += full - 1;
                continue;
            }
            int relative = run.sameFamilyLengthAt(skeletons, i);
            if (relative > 0) {
                // كيم جونغ ايل after كيم جونغ أون: the same family name and generation name, another person.
                out.add(WordSpans.of(w, i, i + relative, EntityType.PERSON));
                i += relative - 1;
                continue;
            }
            String bare = w.bare().get(i);
            if (resolvable(bare, run) && PersonRules.isNameWord(w, i)) {
                out.add(WordSpans.of(w, i, i + 1, EntityType.PERSON));
            } else if (shortSurnameAfterSpeechVerb(w, i, run)) {
                out.add(WordSpans.of(w, i, i + 1, EntityType.PERSON));
            } else if (alt.isPresent() && resolvable(alt.get(), run)) {
                // بكيم، لبوتين: a one-letter preposition on a name without the article.
                int start = w.tokens().get(i).start() + 1;
                out.add(new NameSpan(start, w.tokens().get(i).end(), EntityType.PERSON, 0.5));
            }
        }
        return out;
    }

    /**
     * وقالت ماي after تيريزا ماي, وقال مون after مون جيه إن: a surname too short to resolve by its skeleton (ماي is
     * also a month) is the person's when it is the subject right after a speech verb and, written exactly so, the
     * first or last word of one person this article names in full.
     */
    private static boolean shortSurnameAfterSpeechVerb(Words w, int i, ExtractionRun run) {
        String word = w.folded().get(i);
        return i > 0 && w.prefixes()[i] == 0 && !Lexicon.STOPWORDS.contains(word) && w.isWord(i - 1)
                && Lexicon.isSpeechVerb(w.folded().get(i - 1)) && run.namedHereByEdgeWord(word).isPresent();
    }

    /** A one-word mention of someone met; very short skeletons (أون → "an") are too ambiguous to resolve. */
    private static boolean resolvable(String word, ExtractionRun run) {
        return NameKey.wordSkeleton(word).length() >= 3 && run.resolveSingleWord(word).isPresent();
    }
}
