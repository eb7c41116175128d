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
 * The replays of the store a placer reported in its log (one line per batch that ended in one: {@code marsad: placer:
 * N late article(s) placed by a replay of the store}): each reads every stored article, so a run with many is not
 * the placer's speed but the cost of pages out of order.
 *
 * @param replays     batches that ended in a replay
 * @param latePlaced  late articles those replays placed
 */
record PlacerReplays(long replays, long latePlaced) {
    private static final Pattern LINE = Pattern.compile("marsad: placer: (\\d+) late article\\(s\\) placed by a replay");

    /** Counted from the placer's log lines. */
    static PlacerReplays of(List<String> lines) {
        long replays = 0;
        long late = 0;
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                replays++;
                late += Long.parseLong(m.group(1));
            }
        }
        return new PlacerReplays(replays, late);
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
        return replays == 0 ? "no replay of the store (no late article)"
                : String.format(Locale.ROOT, "%d replays of the store placing %d late articles", replays, latePlaced);
    }
}
