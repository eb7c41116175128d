package dev.marsad.extract;

import dev.marsad.text.FoldedText;
import dev.marsad.model.TimeMention;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/** Turns the matches of a time pattern into mentions; shared by the single-date and the range patterns. */
final class TimeMatches {
    private TimeMatches() {
    }

    /** The date (ISO text) a match stands for, when it can be resolved. */
    interface Resolver {
        Optional<String> resolve(Matcher m);
    }

    /** Every match of {@code m} as a mention; overlaps (a match found again from a nearby window) are dropped later. */
    static void collect(Matcher m, FoldedText folded, List<TimeMention> out, Resolver resolver) {
        while (m.find()) {
            int start = folded.originalStart(m.start());
            int end = folded.originalEnd(m.end());
            // Offsets cover the expression without a leading conjunction (وأمس → أمس).
            if (m.pattern().pattern().contains("?<cl>") && m.group("cl") != null) {
                start = folded.originalStart(m.end("cl"));
            }
            out.add(new TimeMention(folded.original().substring(start, end), resolver.resolve(m), start, end));
        }
    }
}
