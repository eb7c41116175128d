package dev.marsad.extract;

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
 * articles of one run. Entities come first because quotes need them for speakers; times need only the
 * publication date. Thread-safe as long as each run is used by one thread.
 */
public final class ArticleExtractor {
    private final ExtractConfig config;
    private final EntityExtractor entities;

    public ArticleExtractor(ExtractConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.entities = new EntityExtractor(config.useNerModel() ? TrainedNameFinder.loadDefault() : Optional.empty());
    }

    public Extraction extract(CleanArticle article, ExtractionRun run) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(run, "run");
        String text = article.text();
        if (text.isBlank()) {
            return Extraction.EMPTY;
        }
        Words words = Words.of(text);
        List<Entity> found = entities.extract(text, words, run);
        List<Quote> quotes = QuoteExtractor.extract(text, found, run);
        List<TimeMention> times = TimeExtractor.extract(text, publishedDate(article));
        return new Extraction(found, quotes, times);
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
