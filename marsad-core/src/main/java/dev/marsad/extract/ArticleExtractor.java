package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder;
import dev.marsad.extract.ner.TrainedNameFinder;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Entity;
import dev.marsad.model.Extraction;
import dev.marsad.model.Quote;
import dev.marsad.model.TimeMention;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Extract stage: finds entities, quotations and time expressions in a clean article. Entity keys are resolved
 * against the {@link ExtractionRun} so spelling variants and surname-only mentions share keys across the
 * articles of one run. Times come first: they need only the publication date, and a name inside a date
 * is a month name taken for a name; quotes need the entities for speakers. Thread-safe as long as each run
 * is used by one thread.
 */
public final class ArticleExtractor {
    private final ExtractConfig config;
    private final EntityExtractor entities;

    public ArticleExtractor(ExtractConfig config) {
        this(config, config.useNerModel() ? TrainedNameFinder.loadDefault() : Optional.empty());
    }

    /** With a name finder of the caller's (evaluation scores a model trained without the data it is scored on). */
    public ArticleExtractor(ExtractConfig config, Optional<NameFinder> nameFinder) {
        this.config = Objects.requireNonNull(config, "config");
        this.entities = new EntityExtractor(Objects.requireNonNull(nameFinder, "nameFinder"));
    }

    public Extraction extract(CleanArticle article, ExtractionRun run) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(run, "run");
        String text = article.text();
        if (text.isBlank()) {
            return Extraction.EMPTY;
        }
        Words words = Words.of(text);
        List<TimeMention> times = TimeExtractor.extract(text, publishedDate(article));
        List<Entity> found = withoutDates(entities.extract(text, words, run), times);
        List<Quote> quotes = QuoteExtractor.extract(text, found, run);
        return new Extraction(found, quotes, times);
    }

    /**
     * Entities inside a date are month names the tagger took for names (نيسان / أبريل 2019: Nissan, an organisation;
     * آب، أيار): the time expression is the reading to keep.
     */
    private static List<Entity> withoutDates(List<Entity> found, List<TimeMention> times) {
        if (times.isEmpty()) {
            return found;
        }
        // Times by start, with the furthest end reached so far: an entity is inside a time exactly when some time
        // starting at or before it ends at or after it. One binary search per entity, not a scan of every time
        // (which made long inputs quadratic, issue 12).
        List<TimeMention> byStart = new java.util.ArrayList<>(times);
        byStart.sort(java.util.Comparator.comparingInt(TimeMention::start));
        int[] starts = new int[byStart.size()];
        int[] furthestEnd = new int[byStart.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = byStart.get(i).start();
            furthestEnd[i] = Math.max(byStart.get(i).end(), i == 0 ? Integer.MIN_VALUE : furthestEnd[i - 1]);
        }
        List<Entity> out = new java.util.ArrayList<>(found.size());
        for (Entity e : found) {
            int last = lastStartingAtOrBefore(starts, e.start());
            if (last < 0 || furthestEnd[last] < e.end()) {
                out.add(e);
            }
        }
        return out;
    }

    private static int lastStartingAtOrBefore(int[] starts, int position) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    static Optional<LocalDate> publishedDate(CleanArticle article) {
        return article.metadata().published().flatMap(p -> {
            try {
                return Optional.of(LocalDate.parse(p.length() >= 10 ? p.substring(0, 10) : p));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    public ExtractConfig config() {
        return config;
    }
}
