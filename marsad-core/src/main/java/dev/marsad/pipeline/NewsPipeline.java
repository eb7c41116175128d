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
    private final StageTimer timer;

    private NewsPipeline(DocumentDecoder decoder, PageCleaner cleaner, ArticleExtractor extractor, StageTimer timer) {
        this.decoder = decoder;
        this.cleaner = cleaner;
        this.extractor = extractor;
        this.timer = timer;
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
                new ArticleExtractor(config.extract()), StageTimer.NONE);
    }

    /** The same pipeline reporting how long decode, clean and extract take to {@code timer} (benchmarks). */
    public NewsPipeline timed(StageTimer timer) {
        return new NewsPipeline(decoder, cleaner, extractor, Objects.requireNonNull(timer, "timer"));
    }

    /** A fresh run: articles analysed in the same run share entity keys. */
    public ExtractionRun newRun() {
        return new ExtractionRun();
    }

    /** Decodes raw bytes; a rejection carries the reason. */
    public ReadOutcome decode(String source, byte[] bytes, Optional<String> contentType) {
        long start = System.nanoTime();
        ReadOutcome outcome = decoder.decode(source, bytes, contentType);
        timer.record(StageTimer.Stage.DECODE, System.nanoTime() - start);
        return outcome;
    }

    /** Cleans and extracts one decoded document. */
    public Analysis analyze(SourceDocument document, ExtractionRun run) {
        return finish(prepare(document), run);
    }

    /**
     * A document cleaned, its articles' run-independent extraction done.
     *
     * @param source   the document's source
     * @param articles its articles, the page's own first, prepared for {@link #finish}
     * @param removed  lines dropped as boilerplate
     */
    public record Prepared(String source, List<ArticleExtractor.Prepared> articles, List<String> removed) {
        public Prepared {
            Objects.requireNonNull(source, "source");
            articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
            removed = List.copyOf(Objects.requireNonNull(removed, "removed"));
        }
    }

    /**
     * The part of {@link #analyze} that needs no run (cleaning, and most of extraction's cost): thread-safe, so an
     * ingest may prepare several documents at once on all cores and {@link #finish} them one by one in its order,
     * with the same result as analysing them one after the other.
     */
    public Prepared prepare(SourceDocument document) {
        long start = System.nanoTime();
        CleanPage page = cleaner.clean(document);
        long cleaned = System.nanoTime();
        timer.record(StageTimer.Stage.CLEAN, cleaned - start);
        List<ArticleExtractor.Prepared> articles = new ArrayList<>(page.articles().size());
        for (CleanArticle article : page.articles()) {
            articles.add(extractor.prepare(article));
        }
        timer.record(StageTimer.Stage.EXTRACT, System.nanoTime() - cleaned);
        return new Prepared(document.source(), articles, page.removed());
    }

    /** The run-dependent rest of {@link #analyze}: entity keys resolved against {@code run}, in the run's order. */
    public Analysis finish(Prepared prepared, ExtractionRun run) {
        long start = System.nanoTime();
        List<AnalyzedArticle> articles = new ArrayList<>(prepared.articles().size());
        for (ArticleExtractor.Prepared article : prepared.articles()) {
            articles.add(new AnalyzedArticle(article.article(), extractor.finish(article, run)));
        }
        timer.record(StageTimer.Stage.EXTRACT, System.nanoTime() - start);
        return new Analysis(prepared.source(), articles, prepared.removed());
    }
}
