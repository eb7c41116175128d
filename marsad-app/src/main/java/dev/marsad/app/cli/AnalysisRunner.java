package dev.marsad.app.cli;

import dev.marsad.adapter.files.InputRead;
import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.app.ingest.ArticleAnalyzer;
import dev.marsad.app.ingest.InputResult;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.model.Analysis;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads, decodes and analyses command-line inputs in order, keeping going past bad ones. Shared by the
 * {@code analyze} and {@code cluster} commands.
 */
public final class AnalysisRunner {

    private final ArticleAnalyzer analyzer;
    private final InputReader reader;

    public AnalysisRunner(PipelineConfig config, PoliteFetcher fetcher) {
        this.analyzer = new ArticleAnalyzer(NewsPipeline.standard(config));
        this.reader = new InputReader(fetcher, config.decode().maxBytes());
    }

    /**
     * Analyses {@code inputs} in order. A directory gives one result per file in it, in name order; an empty
     * directory gives one error result.
     */
    public List<InputResult> run(List<String> inputs) {
        ExtractionRun run = analyzer.newRun();
        List<InputResult> results = new ArrayList<>();
        for (String input : inputs) {
            List<String> files = reader.expand(input);
            if (files.isEmpty()) {
                results.add(new InputResult(input, Optional.empty(), Optional.of(input + ": empty directory")));
            }
            for (String file : files) {
                results.add(analyzeOne(file, run));
            }
        }
        return results;
    }

    private InputResult analyzeOne(String file, ExtractionRun run) {
        InputRead read = reader.read(file);
        if (read instanceof InputRead.Failed failed) {
            return error(file, ArticleAnalyzer.readFailure(file, failed));
        }
        InputRead.Loaded loaded = (InputRead.Loaded) read;
        ArticleAnalyzer.Outcome outcome = analyzer.analyse(file, loaded.input().bytes(), loaded.input().contentType(),
                ArticleMetadata.EMPTY, run);
        return new InputResult(file, outcome.analysis(), outcome.error());
    }

    private static InputResult error(String source, String message) {
        return new InputResult(source, Optional.empty(), Optional.of(message));
    }
}
