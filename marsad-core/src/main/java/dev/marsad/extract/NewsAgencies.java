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

    /** The span as an organisation when it is a "person" named like a listed agency; otherwise the span itself. */
    static NameSpan retyped(String text, NameSpan s) {
        if (s.type() != EntityType.PERSON
                || !Lexicon.NEWS_AGENCIES.contains(Lexicon.fold(WordSpans.reportedName(text, s)))) {
            return s;
        }
        return new NameSpan(s.start(), s.end(), EntityType.ORGANIZATION, s.score());
    }
}
