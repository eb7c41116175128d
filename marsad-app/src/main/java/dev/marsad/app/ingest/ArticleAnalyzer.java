package dev.marsad.app.ingest;

import dev.marsad.adapter.files.InputRead;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.model.Analysis;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.SourceDocument;
import dev.marsad.model.outcome.ReadOutcome;
import dev.marsad.pipeline.NewsPipeline;
import java.util.Objects;
import java.util.Optional;

/**
 * Decode → analyse for one input's bytes, with the one wording of each failure: the first half of every path that
 * reads articles ({@code analyze}, {@code cluster}, {@code ingest}, {@code watch}, {@code POST /api/ingest}).
 * Thread-safe; the extraction run passed in is not, so {@link #finish} runs one input at a time.
 */
public final class ArticleAnalyzer {

    /**
     * What became of one input's bytes: an analysis or a one-line error naming the input.
     *
     * @param analysis present when it was analysed
     * @param error    present when it was not
     */
    public record Outcome(Optional<Analysis> analysis, Optional<String> error) {
        public Outcome {
            Objects.requireNonNull(analysis, "analysis");
            Objects.requireNonNull(error, "error");
        }

        static Outcome failed(String message) {
            return new Outcome(Optional.empty(), Optional.of(message));
        }
    }

    private final NewsPipeline pipeline;

    public ArticleAnalyzer(NewsPipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /** A fresh extraction run: entity keys agree within one run. */
    public ExtractionRun newRun() {
        return pipeline.newRun();
    }

    /**
     * An input decoded and cleaned, its run-independent extraction done ({@link NewsPipeline#prepare}), or a
     * one-line error naming it: what {@link #finish} completes against a run.
     *
     * @param source the input as given
     * @param page   present when it was prepared
     * @param error  present when it was not
     */
    public record Prepared(String source, Optional<NewsPipeline.Prepared> page, Optional<String> error) {
        public Prepared {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(error, "error");
        }

        static Prepared failed(String source, String message) {
            return new Prepared(source, Optional.empty(), Optional.of(message));
        }
    }

    /**
     * Decodes and analyses {@code body} named {@code source}; {@code hints} (a feed entry's or an archive line's
     * title, date, outlet) fill what the page does not say.
     */
    public Outcome analyse(String source, byte[] body, Optional<String> contentType, ArticleMetadata hints,
                           ExtractionRun run) {
        return finish(prepare(source, body, contentType, hints), run);
    }

    /**
     * The part of {@link #analyse} that needs no run (decode, clean, most of extract): may run on any thread, so an
     * archive's articles are prepared on all cores and {@link #finish finished} one by one in the archive's order.
     */
    public Prepared prepare(String source, byte[] body, Optional<String> contentType, ArticleMetadata hints) {
        ReadOutcome decoded = pipeline.decode(source, body, contentType);
        if (decoded instanceof ReadOutcome.Rejected rejected) {
            return Prepared.failed(source, rejected.message());
        }
        SourceDocument document = ((ReadOutcome.Read) decoded).document();
        SourceDocument hinted = hints.equals(ArticleMetadata.EMPTY) ? document
                : new SourceDocument(document.source(), document.content(), document.format(), hints);
        try {
            return new Prepared(source, Optional.of(pipeline.prepare(hinted)), Optional.empty());
        } catch (RuntimeException e) {
            // A bug on one page must not cost the user (or the server) the other inputs.
            return Prepared.failed(source, analysisFailed(source, e));
        }
    }

    /** The run-dependent rest of {@link #analyse} (entity keys across the run): in the run's order, one at a time. */
    public Outcome finish(Prepared prepared, ExtractionRun run) {
        if (prepared.error().isPresent()) {
            return Outcome.failed(prepared.error().get());
        }
        try {
            return new Outcome(Optional.of(pipeline.finish(prepared.page().orElseThrow(), run)), Optional.empty());
        } catch (RuntimeException e) {
            return Outcome.failed(analysisFailed(prepared.source(), e));
        }
    }

    private static String analysisFailed(String source, RuntimeException e) {
        return source + ": analysis failed (" + e + ")";
    }

    /** The error line for an input that could not be read. */
    public static String readFailure(String input, InputRead.Failed failed) {
        String detail = failed.detail().isEmpty() ? "" : " (" + failed.detail() + ")";
        String shown = input.isBlank() ? "\"" + input + "\"" : input;
        return shown + ": " + failed.reason().description() + detail;
    }
}
