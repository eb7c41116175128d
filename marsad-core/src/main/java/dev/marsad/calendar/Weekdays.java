package dev.marsad.calendar;

import dev.marsad.text.ResourceLines;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The Arabic weekday names (folded), from {@code weekdays-ar.txt}; loaded once. Thread-safe (immutable). */
public final class Weekdays {
    private static final Map<String, DayOfWeek> BY_NAME = load();

    private Weekdays() {
    }

    private static Map<String, DayOfWeek> load() {
        Map<String, DayOfWeek> names = new LinkedHashMap<>();
        for (String[] row : ResourceLines.readPairs("/dev/marsad/calendar/weekdays-ar.txt")) {
            names.put(row[1], DayOfWeek.valueOf(row[0]));
        }
        return java.util.Collections.unmodifiableMap(names);
    }

    /** The day a folded name stands for. */
    public static Optional<DayOfWeek> of(String folded) {
        return Optional.ofNullable(BY_NAME.get(folded));
    }

    /** Every folded name, Saturday first, as a regex alternation (names hold no regex metacharacters). */
    public static String alternation() {
        return String.join("|", BY_NAME.keySet());
    }

    /** Every folded name, Saturday first. */
    public static java.util.Set<String> names() {
        return BY_NAME.keySet();
    }
}
