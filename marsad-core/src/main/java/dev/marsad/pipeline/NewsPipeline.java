package dev.marsad.pipeline;

import dev.marsad.clean.PageCleaner;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.ingest.DocumentDecoder;
import dev.marsad.model.Analysis;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.CleanPage;
import dev.marsad.model.SourceDocument;
import dev.marsad.model.outcome.ReadOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysis pipeline in order: decode → clean → extract. Thread-safe; per-run state lives in
 * {@link ExtractionRun}.
 */
public final class NewsPipeline {
    private final DocumentDecoder decoder;
    private final PageCleaner cleaner;
    private final ArticleExtractor extractor;

    private NewsPipeline(DocumentDecoder decoder, PageCleaner cleaner, ArticleExtractor extractor) {
        this.decoder = decoder;
        this.cleaner = cleaner;
        this.extractor = extractor;
    }

    /** The standard pipeline. */
    public static NewsPipeline standard(PipelineConfig config) {
        Objects.requireNonNull(config, "config");
        return new NewsPipeline(
                // Decoding decides HTML vs text and the encoding; every later stage sees only characters.
                new DocumentDecoder(config.decode()),
                // Cleaning runs before extraction so that entities and quotes are never taken from ads, tag
                // lines or related-headline lists, and so that offsets point into the clean text.
                new PageCleaner(config.clean()),
                // Extraction resolves keys across the articles of a run, so it needs every clean article.
                new ArticleExtractor(config.extract()));
    }

    /** A fresh run: articles analysed in the same run share entity keys. */
    public ExtractionRun newRun() {
        return new ExtractionRun();
    }

    /** Decodes raw bytes; a rejection carries the reason. */
    public ReadOutcome decode(String source, byte[] bytes, Optional<String> contentType) {
        return decoder.decode(source, bytes, contentType);
    }

    /** Cleans and extracts one decoded document. */
    public Analysis analyze(SourceDocument document, ExtractionRun run) {
        CleanPage page = cleaner.clean(document);
        List<AnalyzedArticle> articles = new ArrayList<>(page.articles().size());
        for (CleanArticle article : page.articles()) {
            articles.add(new AnalyzedArticle(article, extractor.extract(article, run)));
        }
        return new Analysis(document.source(), articles, page.removed());
    }
}
