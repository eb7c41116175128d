package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * A span that is two or more listed places side by side, and not itself a listed name, is those places: in
 * {@code تزود بموجبها بيونغ يانغ موسكو بقذائف} (Pyongyang supplies Moscow) the tagger takes subject and object for
 * one three-word organisation. Arabic writes a place name's words together, with no other place inside it, so a
 * span wholly covered by listed places ({@code locations-ar.txt}, longest first) is split into them, each a
 * LOCATION. A span the lists know as a whole (an organisation named after two places) stays. Thread-safe
 * (stateless).
 */
final class AdjacentPlaces {
    private AdjacentPlaces() {
    }

    /** The spans, each that is a run of listed places replaced by those places, in order. */
    static List<NameSpan> split(List<NameSpan> spans, Words w) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        // The span's first word, found from the last one's (spans come in text order, as SpanGrowth walks them; a span
        // before the last one steps back), so an article's words are walked once, not once per span.
        int first = 0;
        for (NameSpan s : spans) {
            while (first > 0 && w.tokens().get(first - 1).end() > s.start()) {
                first--;
            }
            while (first < w.size() && w.tokens().get(first).end() <= s.start()) {
                first++;
            }
            out.addAll(places(s, w, first));
        }
        return out;
    }

    /** {@code s} as its listed places, or alone; {@code first}: the first word ending after the span's start. */
    private static List<NameSpan> places(NameSpan s, Words w, int first) {
        int end = first;
        while (end < w.size() && w.tokens().get(end).start() < s.end()) {
            end++;
        }
        if (end - first < 2) {
            return List.of(s);
        }
        String whole = Gazetteers.phrase(w, first, end - first);
        if (whole == null || Gazetteers.typeOf(whole) != null) {
            return List.of(s);
        }
        List<NameSpan> pieces = new ArrayList<>(2);
        int i = first;
        while (i < end) {
            int n = Gazetteers.placeLength(w, i);
            if (n == 0 || n > end - i) {
                return List.of(s);
            }
            NameSpan piece = WordSpans.of(w, i, i + n, EntityType.LOCATION);
            // The first piece starts where the span did (after a proclitic the finder left out).
            int start = i == first ? Math.max(s.start(), piece.start()) : piece.start();
            pieces.add(new NameSpan(start, piece.end(), EntityType.LOCATION, s.score()));
            i += n;
        }
        return pieces.size() >= 2 ? pieces : List.of(s);
    }
}
