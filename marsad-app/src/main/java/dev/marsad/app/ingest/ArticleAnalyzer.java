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
 * Thread-safe; the extraction run passed in is not.
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
     * Decodes and analyses {@code body} named {@code source}; {@code hints} (a feed entry's or an archive line's
     * title, date, outlet) fill what the page does not say.
     */
    public Outcome analyse(String source, byte[] body, Optional<String> contentType, ArticleMetadata hints,
                           ExtractionRun run) {
        ReadOutcome decoded = pipeline.decode(source, body, contentType);
        if (decoded instanceof ReadOutcome.Rejected rejected) {
            return Outcome.failed(rejected.message());
        }
        SourceDocument document = ((ReadOutcome.Read) decoded).document();
        SourceDocument hinted = hints.equals(ArticleMetadata.EMPTY) ? document
                : new SourceDocument(document.source(), document.content(), document.format(), hints);
        try {
            return new Outcome(Optional.of(pipeline.analyze(hinted, run)), Optional.empty());
        } catch (RuntimeException e) {
            // A bug on one page must not cost the user (or the server) the other inputs.
            return Outcome.failed(source + ": analysis failed (" + e + ")");
        }
    }

    /** The error line for an input that could not be read. */
    public static String readFailure(String input, InputRead.Failed failed) {
        String detail = failed.detail().isEmpty() ? "" : " (" + failed.detail() + ")";
        String shown = input.isBlank() ? "\"" + input + "\"" : input;
        return shown + ": " + failed.reason().description() + detail;
    }
}
