package dev.marsad.app.server;

import dev.marsad.text.ArabicNormalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which quotations to list. Words of {@code q} must all occur in the quotation or its speaker's name, compared
 * after Arabic folding (hamza forms, ta marbuta, diacritics), so أكد and اكد match alike.
 *
 * @param speaker the speaker's entity key, exactly
 * @param q       words to find
 * @param from    first publication day, inclusive (undated articles are then left out)
 * @param to      last publication day, inclusive
 */
record QuoteFilter(Optional<String> speaker, Optional<String> q, Optional<LocalDate> from, Optional<LocalDate> to) {
    static final QuoteFilter ALL = new QuoteFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    QuoteFilter {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** A predicate for rows; folds the query once. */
    java.util.function.Predicate<QuoteRow> predicate() {
        List<String> words = q.map(s -> Arrays.stream(ArabicNormalizer.foldLower(s).split("\\s+"))
                .filter(w -> !w.isEmpty()).toList()).orElse(List.of());
        return row -> speakerMatches(row) && datesMatch(row) && wordsMatch(row, words);
    }

    private boolean speakerMatches(QuoteRow row) {
        return speaker.isEmpty() || row.quote().speakerKey().equals(speaker);
    }

    private boolean datesMatch(QuoteRow row) {
        if (from.isEmpty() && to.isEmpty()) {
            return true;
        }
        Optional<String> day = row.day();
        return day.isPresent()
                && from.map(f -> day.get().compareTo(f.toString()) >= 0).orElse(true)
                && to.map(t -> day.get().compareTo(t.toString()) <= 0).orElse(true);
    }

    private static boolean wordsMatch(QuoteRow row, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        String haystack = ArabicNormalizer.foldLower(row.quote().text() + " " + row.quote().speaker().orElse(""));
        return words.stream().allMatch(haystack::contains);
    }
}
