package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * A place the lists do not know, coordinated after another place, keeps the conjunction و in the tagger's span
 * (أقاليم الحوز وتارودانت <b>و</b>شيشاوة): the tagger's clitic trimming drops a bare و only before a listed name,
 * since many names begin with that letter (واشنطن، وهران). In {@code X وY}, with X a place and nothing but a space
 * between, the و of a one-word place Y that is not itself listed is the conjunction, and the place starts after it
 * (otherwise the name and its key carry the و: {@code location:ashh} for شيشاوة). Thread-safe (stateless).
 */
final class PlaceConjunctions {
    private PlaceConjunctions() {
    }

    /** The spans, each coordinated unlisted place without its conjunction. */
    static List<NameSpan> trimmed(List<NameSpan> spans, String text) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        NameSpan previous = null;
        for (NameSpan s : spans) {
            out.add(previous != null && coordinatedPlace(text, previous, s)
                    ? new NameSpan(s.start() + 1, s.end(), s.type(), s.score()) : s);
            previous = s;
        }
        return out;
    }

    private static boolean coordinatedPlace(String text, NameSpan previous, NameSpan s) {
        if (s.type() != EntityType.LOCATION || previous.type() != EntityType.LOCATION
                || s.start() != previous.end() + 1 || text.charAt(previous.end()) != ' ') {
            return false;
        }
        String word = text.substring(s.start(), s.end());
        String folded = WordSpans.foldedName(text, s);
        // One word of at least three letters after the و, not a listed place with its و (واشنطن، وهران), nor a
        // word with the article, which the tagger trims itself.
        return folded.length() >= 4 && folded.charAt(0) == 'و' && folded.indexOf(' ') < 0
                && !Lexicon.LOCATIONS.contains(folded) && !folded.startsWith("ال", 1)
                && Character.isLetter(word.charAt(1));
    }
}
