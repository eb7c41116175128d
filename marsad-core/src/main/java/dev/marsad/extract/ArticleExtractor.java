package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder;
import dev.marsad.extract.ner.NameFinder.NameSpan;
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
        this.entities = new EntityExtractor(Objects.requireNonNull(nameFinder, "nameFinder"),
                config.useNewsPeople() ? NewsPeople.shipped() : NewsPeople.none());
    }

    public Extraction extract(CleanArticle article, ExtractionRun run) {
        return finish(prepare(article), run);
    }

    /**
     * An article with the part of its extraction that does not depend on the run done: words, times, the rules'
     * and the tagger's name spans. Hand it to {@link #finish}; its parts can be sent to another process and
     * rebuilt there with {@link #of}.
     */
    public static final class Prepared {
        private final CleanArticle article;
        private final Words words;
        private final List<TimeMention> times;
        private final EntityExtractor.Spans spans;

        private Prepared(CleanArticle article, Words words, List<TimeMention> times, EntityExtractor.Spans spans) {
            this.article = article;
            this.words = words;
            this.times = times;
            this.spans = spans;
        }

        /**
         * An article prepared elsewhere (a worker process of the distributed mode), from the parts
         * {@link #times}, {@link #ruleSpans} and {@link #modelSpans} gave there: the same as {@link #prepare} of
         * {@code article}. The words are cut again here, which is cheap; the spans are what cost.
         */
        public static Prepared of(CleanArticle article, List<TimeMention> times, List<NameSpan> ruleSpans,
                                  List<NameSpan> modelSpans) {
            Objects.requireNonNull(article, "article");
            if (article.text().isBlank()) {
                return new Prepared(article, null, List.of(), null);
            }
            return new Prepared(article, Words.of(article.text()), List.copyOf(times),
                    new EntityExtractor.Spans(List.copyOf(ruleSpans), List.copyOf(modelSpans)));
        }

        /** The clean article it was prepared from. */
        public CleanArticle article() {
            return article;
        }

        /** The time expressions found (they need no run). */
        public List<TimeMention> times() {
            return times;
        }

        /** The rules' name spans, before the run is consulted; empty for a blank article. */
        public List<NameSpan> ruleSpans() {
            return spans == null ? List.of() : spans.rules();
        }

        /** The tagger's name spans, before the run is consulted; empty for a blank article. */
        public List<NameSpan> modelSpans() {
            return spans == null ? List.of() : spans.found();
        }
    }

    /**
     * The run-independent part of {@link #extract} (most of its cost). Thread-safe, so a caller may prepare many
     * articles at once and then {@link #finish} them in order: the result is the same as {@code extract}'s.
     */
    public Prepared prepare(CleanArticle article) {
        Objects.requireNonNull(article, "article");
        String text = article.text();
        if (text.isBlank()) {
            return new Prepared(article, null, List.of(), null);
        }
        Words words = Words.of(text);
        List<TimeMention> times = TimeExtractor.extract(text, publishedDate(article));
        return new Prepared(article, words, times, entities.find(text, words));
    }

    /** The run-dependent part of {@link #extract}: entity keys and speakers resolved against (and added to) the run. */
    public Extraction finish(Prepared prepared, ExtractionRun run) {
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(run, "run");
        if (prepared.words == null) {
            return Extraction.EMPTY;
        }
        run.beginArticle();
        String text = prepared.article.text();
        List<Entity> found = withoutDates(entities.resolve(text, prepared.words, prepared.spans, run), prepared.times);
        List<Quote> quotes = QuoteExtractor.extract(text, found, run);
        return new Extraction(found, quotes, prepared.times);
    }

    /**
     * The quotes of {@code article} with the rules' speakers, the speaker options weighed and the ranked speakers
     * ({@link SpeakerChoice}): what training and evaluation of the speaker ranker read. Its quotes with the rules'
     * speakers are those of {@link #extract}.
     */
    public List<SpeakerChoice> speakerChoices(CleanArticle article, ExtractionRun run) {
        Prepared prepared = prepare(article);
        if (prepared.words == null) {
            return List.of();
        }
        run.beginArticle();
        String text = article.text();
        List<Entity> found = withoutDates(entities.resolve(text, prepared.words, prepared.spans, run), prepared.times);
        return QuoteExtractor.choices(text, found, run);
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
