package dev.marsad.clean;

import dev.marsad.text.ResourceLines;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the start of an article's first paragraph into a photo caption, a dateline and the body:
 * {@code يزور الزعيم … (أ ف ب)   سيول: زار الزعيم …} gives caption {@code يزور الزعيم … (أ ف ب)}, dateline
 * {@code سيول} and body {@code زار الزعيم …}. Also reads {@code موسكو - (أ ف ب) -} and {@code القاهرة (رويترز) -}.
 * Thread-safe (stateless).
 */
final class DatelineSplitter {
    /**
     * The parts of a first paragraph.
     *
     * @param caption  a caption glued before the dateline, to be removed
     * @param dateline the place
     * @param agency   an agency named in the dateline, canonical
     * @param body     the paragraph without caption and dateline
     */
    record Parts(Optional<String> caption, Optional<String> dateline, Optional<String> agency, String body) {
    }

    /** A place of one to three words, then a colon, or an agency in parentheses/dashes and a dash or colon. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+){0,2})\\s*"
                    + "(?:(?<colon>[:：])|[-–—]?\\s*\\(?(?<agency>[^()\\-–—:]{2,30}?)\\)?\\s*[-–—:])\\s*");
    /** A place of one or two words and a spaced dash, no agency: {@code الرباط - صادق …}. */
    private static final Pattern PLACE_DASH = Pattern.compile(
            "^(?<place>[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+)?)\\s+[-–—]\\s+");
    /** First words that show a sentence, not a place, before a colon (وقال بوتين: …). */
    private static final Set<String> VERBS = Set.copyOf(ResourceLines.read("/dev/marsad/clean/dateline-stops-ar.txt"));
    private static final int MAX_PLACE_CHARS = 25;

    private DatelineSplitter() {
    }

    static Parts split(String paragraph) {
        Optional<String> caption = Optional.empty();
        String rest = paragraph;
        int close = captionEnd(paragraph);
        if (close > 0) {
            caption = Optional.of(paragraph.substring(0, close).strip());
            rest = paragraph.substring(close).strip();
        }
        Matcher m = DATELINE.matcher(rest);
        if (m.find() && isPlace(m.group("place"))) {
            Optional<String> agency = Optional.empty();
            if (m.group("colon") == null) {
                agency = Agencies.exactly(m.group("agency"));
                if (agency.isEmpty()) {
                    return placeDash(caption, rest);
                }
            }
            String body = rest.substring(m.end()).strip();
            if (LineClassifier.countWords(body) >= 3) {
                return new Parts(caption, Optional.of(m.group("place").strip()), agency, body);
            }
        }
        if (caption.isPresent() && LineClassifier.countWords(rest) < 3) {
            return new Parts(Optional.empty(), Optional.empty(), Optional.empty(), paragraph);
        }
        return placeDash(caption, rest);
    }

    private static Parts placeDash(Optional<String> caption, String rest) {
        Matcher m = PLACE_DASH.matcher(rest);
        if (m.find() && isPlace(m.group("place"))) {
            String body = rest.substring(m.end()).strip();
            if (LineClassifier.countWords(body) >= 3) {
                return new Parts(caption, Optional.of(m.group("place").strip()), Optional.empty(), body);
            }
        }
        return new Parts(caption, Optional.empty(), Optional.empty(), rest);
    }

    /** End of a caption: the ")" of an agency credit followed (after spaces) by a dateline; or -1. */
    private static int captionEnd(String p) {
        for (int open = p.indexOf('('); open > 0; open = p.indexOf('(', open + 1)) {
            int close = p.indexOf(')', open);
            if (close < 0 || close - open > 30) {
                continue;
            }
            if (Agencies.exactly(p.substring(open + 1, close)).isEmpty()) {
                continue;
            }
            String after = p.substring(close + 1).strip();
            Matcher m = DATELINE.matcher(after);
            if (open >= 15 && m.find() && m.group("colon") != null && isPlace(m.group("place"))) {
                return close + 1;
            }
        }
        return -1;
    }

    private static boolean isPlace(String place) {
        String first = place.strip().split("\\s+")[0];
        String folded = dev.marsad.text.ArabicNormalizer.foldLower(first);
        return place.strip().length() <= MAX_PLACE_CHARS && !VERBS.contains(folded);
    }
}
