package dev.marsad.extract;

import dev.marsad.model.CleanArticle;
import dev.marsad.model.Extraction;
import java.util.Objects;

/**
 * Extract stage: finds entities, quotations and time expressions in a clean article. Entity keys are resolved
 * against the {@link ExtractionRun} so spelling variants and surname-only mentions share keys across the
 * articles of one run. Thread-safe as long as each run is used by one thread.
 */
public final class ArticleExtractor {
    private final ExtractConfig config;

    public ArticleExtractor(ExtractConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public Extraction extract(CleanArticle article, ExtractionRun run) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(run, "run");
        return Extraction.EMPTY;
    }

    public ExtractConfig config() {
        return config;
    }
}
