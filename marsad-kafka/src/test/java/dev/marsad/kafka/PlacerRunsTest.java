package dev.marsad.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.app.ingest.ArticleAnalyzer;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.model.Analysis;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The placer's runs follow the publishers' runs: names lent within one run, not across runs. */
class PlacerRunsTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(NewsPipeline.standard(PipelineConfig.DEFAULT));

    private final PlacerRuns runs = new PlacerRuns();

    private static Optional<PublisherRun> run(long publisher, long counter) {
        return Optional.of(new PublisherRun(publisher, counter));
    }

    @Test
    void aPublisherKeepsItsRunUntilItStartsAFreshOne() {
        ExtractionRun first = runs.runFor(run(1, 0));
        assertThat(runs.runFor(run(1, 0))).isSameAs(first);
        ExtractionRun second = runs.runFor(run(1, 1));
        assertThat(second).isNotSameAs(first);
        assertThat(runs.runFor(run(1, 1))).isSameAs(second);
        // A late page of the run before (the window put it after the new run's first pages) still finds its run.
        assertThat(runs.runFor(run(1, 0))).isSameAs(first);
        ExtractionRun third = runs.runFor(run(1, 5));
        assertThat(third).isNotSameAs(first).isNotSameAs(second);
        assertThat(runs.runFor(run(1, 1))).isSameAs(second);
        // Older still: a run of its own, borrowing nothing, and not kept.
        ExtractionRun older = runs.runFor(run(1, 0));
        assertThat(older).isNotSameAs(first).isNotSameAs(second).isNotSameAs(third);
        assertThat(runs.runFor(run(1, 0))).isNotSameAs(older);
        assertThat(runs.runFor(run(1, 5))).isSameAs(third);
    }

    @Test
    void publishersHaveRunsOfTheirOwnAndPagesNamingNoneShareOne() {
        ExtractionRun a = runs.runFor(run(1, 0));
        ExtractionRun b = runs.runFor(run(2, 0));
        assertThat(b).isNotSameAs(a);
        ExtractionRun unnamed = runs.runFor(Optional.empty());
        assertThat(unnamed).isNotSameAs(a).isNotSameAs(b);
        assertThat(runs.runFor(Optional.empty())).isSameAs(unnamed);
        assertThat(runs.runFor(run(1, 0))).isSameAs(a);
    }

    @Test
    void publishersLongGoneAreForgotten() {
        ExtractionRun kept = runs.runFor(run(0, 0));
        ExtractionRun gone = runs.runFor(run(1, 0));
        for (long p = 2; p <= PlacerRuns.MAX_PUBLISHERS; p++) {
            runs.runFor(run(p, 0));
            runs.runFor(run(0, 0)); // publisher 0 stays in use
        }
        assertThat(runs.publishers()).isEqualTo(PlacerRuns.MAX_PUBLISHERS);
        assertThat(runs.runFor(run(0, 0))).isSameAs(kept);
        // Publisher 1 was the least recently seen when the 65th came: it starts afresh.
        assertThat(runs.runFor(run(1, 0))).isNotSameAs(gone);
        assertThat(runs.publishers()).isEqualTo(PlacerRuns.MAX_PUBLISHERS);
    }

    /**
     * The demo pages, prepared as a worker does and sent as JSON, finished by the placer's runs: in one publisher
     * run they are the single process's analyses of one run (names lent across pages); with the publisher's run
     * raised between two halves, those of a single process that started a fresh run there; with a run per page,
     * each page's own analysis (nothing lent).
     */
    @Test
    void namesAreLentWithinAPublishersRunAndNotAcrossRuns() throws Exception {
        List<Path> pages;
        try (Stream<Path> files = Files.list(Path.of("../demo/articles"))) {
            pages = files.sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(5);
        int half = pages.size() / 2;
        ExtractionRun single = ANALYZER.newRun();
        ExtractionRun singleSplit = ANALYZER.newRun();
        List<Analysis> oneRun = new ArrayList<>();
        List<Analysis> twoRuns = new ArrayList<>();
        List<Analysis> alone = new ArrayList<>();
        List<Analysis> placedOneRun = new ArrayList<>();
        List<Analysis> placedTwoRuns = new ArrayList<>();
        List<Analysis> placedRunPerPage = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Path page = pages.get(i);
            byte[] body = Files.readAllBytes(page);
            if (i == half) {
                singleSplit = ANALYZER.newRun(); // the single process's newRun between two polls
            }
            oneRun.add(ANALYZER.analyse(page.toString(), body, Optional.empty(), ArticleMetadata.EMPTY, single)
                    .analysis().orElseThrow());
            twoRuns.add(ANALYZER.analyse(page.toString(), body, Optional.empty(), ArticleMetadata.EMPTY, singleSplit)
                    .analysis().orElseThrow());
            alone.add(ANALYZER.analyse(page.toString(), body, Optional.empty(), ArticleMetadata.EMPTY,
                    ANALYZER.newRun()).analysis().orElseThrow());
            NewsPipeline.Prepared prepared = ANALYZER.prepare(page.toString(), body, Optional.empty(),
                    ArticleMetadata.EMPTY).page().orElseThrow();
            placedOneRun.add(finish(prepared, i, new PublisherRun(10, 0)));
            placedTwoRuns.add(finish(prepared, i, new PublisherRun(20, i < half ? 0 : 1)));
            placedRunPerPage.add(finish(prepared, i, new PublisherRun(30, i)));
        }
        assertThat(placedOneRun).isEqualTo(oneRun);
        assertThat(placedTwoRuns).isEqualTo(twoRuns);
        assertThat(placedRunPerPage).isEqualTo(alone);
        // The runs matter on these pages: lending names across the split changes analyses after it.
        assertThat(twoRuns).isNotEqualTo(oneRun);
        assertThat(alone).isNotEqualTo(oneRun);
    }

    /** Through the wire as the placer reads it, finished against the run its publisher named. */
    private Analysis finish(NewsPipeline.Prepared page, long fetched, PublisherRun named) {
        PreparedMessage.Fetched back = PreparedMessage.read(PreparedMessage.write(page, fetched, Optional.of(named)),
                "t-0@" + fetched);
        assertThat(back.run()).contains(named);
        return ANALYZER.finish(new ArticleAnalyzer.Prepared(page.source(), Optional.of(back.page()), Optional.empty()),
                runs.runFor(back.run())).analysis().orElseThrow();
    }
}
