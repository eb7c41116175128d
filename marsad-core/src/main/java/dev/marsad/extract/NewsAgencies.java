package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;

/**
 * News agencies and outlets the tagger takes for persons: a one-word foreign name it never met in its 2007 training
 * text, often opening the text as a dateline (سبوتنيك. عقد الرئيس …) or after a verb of reporting (بحسب ما نقلت
 * شينخوا), has a person's shape. A "person" that is, as a whole, a listed agency or outlet
 * ({@code news-agencies-ar.txt}) is reported as the organisation it is. Thread-safe (stateless).
 */
final class NewsAgencies {
    private NewsAgencies() {
    }

    /**
     * The span as an organisation when it is a "person" named like a listed agency, without the preposition or
     * conjunction written onto a name in Latin letters (قال لـCNN); otherwise the span itself.
     */
    static NameSpan retyped(String text, NameSpan s) {
        if (s.type() != EntityType.PERSON) {
            return s;
        }
        int start = latinAfterClitic(text, s);
        NameSpan name = start == s.start() ? s : new NameSpan(start, s.end(), s.type(), s.score());
        if (!Lexicon.NEWS_AGENCIES.contains(WordSpans.foldedName(text, name))) {
            return s;
        }
        return new NameSpan(name.start(), name.end(), EntityType.ORGANIZATION, s.score());
    }

    /** Where a Latin name starts after one Arabic particle (ل، و، ب) and a tatweel or two; else the span's start. */
    private static int latinAfterClitic(String text, NameSpan s) {
        if (s.end() - s.start() < 3 || "\u0644\u0648\u0628".indexOf(text.charAt(s.start())) < 0) {
            return s.start();
        }
        int i = s.start() + 1;
        while (i < s.end() && text.charAt(i) == TATWEEL) {
            i++;
        }
        return i < s.end() && i - s.start() <= 3 && isLatin(text.charAt(i)) ? i : s.start();
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static final char TATWEEL = '\u0640';
}
