package dev.marsad.kafka.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The replays a placer reported in its log (one line per batch that ended in one: {@code marsad: placer: N late
 * article(s) placed by a replay of the store|from their day, M article(s) placed again}): a replay from the late
 * articles' day places a few days again, one of the store every stored article, so a run with many of the latter is
 * not the placer's speed but the cost of pages out of order.
 *
 * @param replays     batches that ended in a replay
 * @param latePlaced  late articles those replays placed
 * @param ofStore     replays of the whole store among them
 * @param placedAgain articles those replays placed again
 */
record PlacerReplays(long replays, long latePlaced, long ofStore, long placedAgain) {
    private static final Pattern LINE = Pattern.compile(
            "marsad: placer: (\\d+) late article\\(s\\) placed by a replay (of the store|from their day)"
                    + "(?:, (\\d+) article\\(s\\) placed again)?");

    /** Counted from the placer's log lines. */
    static PlacerReplays of(List<String> lines) {
        long replays = 0;
        long late = 0;
        long ofStore = 0;
        long again = 0;
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                replays++;
                late += Long.parseLong(m.group(1));
                ofStore += m.group(2).equals("of the store") ? 1 : 0;
                again += m.group(3) == null ? 0 : Long.parseLong(m.group(3));
            }
        }
        return new PlacerReplays(replays, late, ofStore, again);
    }

    /** Counted from the placer's log file. */
    static PlacerReplays of(Path log) {
        try {
            return of(Files.readAllLines(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the placer's log " + log, e);
        }
    }

    /** For the bench's report. */
    String describe() {
        return replays == 0 ? "no replay (no late article)"
                : String.format(Locale.ROOT, "%d replays (%d of the store) placing %d late articles, %d placed again",
                        replays, ofStore, latePlaced, placedAgain);
    }
}
