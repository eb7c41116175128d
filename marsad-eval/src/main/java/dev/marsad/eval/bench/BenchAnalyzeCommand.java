package dev.marsad.eval.bench;

import dev.marsad.clean.CleanConfig;
import dev.marsad.clean.PageCleaner;
import dev.marsad.extract.ner.NameFinder;
import dev.marsad.extract.ner.TrainedNameFinder;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.SourceDocument;
import dev.marsad.model.outcome.ReadOutcome;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench analyze}: single-thread articles per second of the analyze path (decode → clean → extract,
 * {@link NewsPipeline}) and of decode → clean → {@link TrainedNameFinder}, each as a ratio to Lucene's
 * {@link ArabicAnalyzer} tokenising the same texts in the same run. Warm-up rounds first, then measured rounds;
 * reports the median ratio and its range.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyze throughput per core as a ratio to Lucene's ArabicAnalyzer.")
public final class BenchAnalyzeCommand implements Callable<Integer> {
    @Option(names = "--data", description = "data folder (default ../shared/data)")
    Optional<Path> data = Optional.empty();

    @Option(names = "--warmup", defaultValue = "5", description = "warm-up rounds (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--rounds", defaultValue = "9", description = "measured rounds (default ${DEFAULT-VALUE})")
    int rounds;

    private final NewsPipeline pipeline = NewsPipeline.standard(PipelineConfig.DEFAULT);
    private final PageCleaner cleaner = new PageCleaner(CleanConfig.DEFAULT);
    private final Analyzer lucene = new ArabicAnalyzer();
    private long sink;

    @Override
    public Integer call() throws IOException {
        List<BenchTexts.Text> texts = BenchTexts.load(data);
        if (texts.isEmpty()) {
            System.out.println("bench analyze: skipped, no texts under ../shared/samples or ../shared/data/aqmar");
            return 0;
        }
        NameFinder finder = TrainedNameFinder.loadDefault().orElseThrow(() -> new IllegalStateException("no bundled NER model"));
        long chars = texts.stream().mapToLong(t -> t.bytes().length).sum();
        System.out.printf(Locale.ROOT, "bench analyze: %d texts (%d bytes), %d warm-up + %d measured rounds, 1 thread, %d cores, Java %s%n",
                texts.size(), chars, warmup, rounds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        double[][] ratios = new double[2][rounds];
        double[][] rates = new double[3][rounds];
        for (int r = -warmup; r < rounds; r++) {
            long luceneNs = time(() -> texts.forEach(t -> sink += luceneTokens(t.text())));
            long analyzeNs = time(() -> texts.forEach(t -> sink += analyze(t)));
            long nerNs = time(() -> texts.forEach(t -> sink += cleanAndFind(t, finder)));
            if (r >= 0) {
                ratios[0][r] = (double) luceneNs / analyzeNs;
                ratios[1][r] = (double) luceneNs / nerNs;
                rates[0][r] = texts.size() * 1e9 / luceneNs;
                rates[1][r] = texts.size() * 1e9 / analyzeNs;
                rates[2][r] = texts.size() * 1e9 / nerNs;
            }
        }
        System.out.printf(Locale.ROOT, "  Lucene ArabicAnalyzer            %s articles/s%n", summary(rates[0]));
        System.out.printf(Locale.ROOT, "  analyze (decode→clean→extract)   %s articles/s; ratio to Lucene %s%n",
                summary(rates[1]), summary(ratios[0]));
        System.out.printf(Locale.ROOT, "  decode→clean→NameFinder          %s articles/s; ratio to Lucene %s%n",
                summary(rates[2]), summary(ratios[1]));
        System.out.printf(Locale.ROOT, "  ratio of best rounds (least disturbed by other load): analyze %.3f, NameFinder path %.3f%n",
                max(rates[1]) / max(rates[0]), max(rates[2]) / max(rates[0]));
        System.out.println("  (median [min–max] over measured rounds; checksum " + sink + ")");
        return 0;
    }

    private long analyze(BenchTexts.Text t) {
        ReadOutcome outcome = pipeline.decode(t.name(), t.bytes(), Optional.of("text/plain; charset=utf-8"));
        if (outcome instanceof ReadOutcome.Read read) {
            return pipeline.analyze(read.document(), pipeline.newRun()).articles().size();
        }
        return 0;
    }

    private long cleanAndFind(BenchTexts.Text t, NameFinder finder) {
        ReadOutcome outcome = pipeline.decode(t.name(), t.bytes(), Optional.of("text/plain; charset=utf-8"));
        long n = 0;
        if (outcome instanceof ReadOutcome.Read read) {
            SourceDocument doc = read.document();
            for (CleanArticle a : cleaner.clean(doc).articles()) {
                n += finder.find(a.text()).size();
            }
        }
        return n;
    }

    private long luceneTokens(String text) {
        return BenchTexts.luceneTokens(lucene, text);
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static String summary(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        String fmt = median >= 10 ? "%.0f [%.0f–%.0f]" : "%.3f [%.3f–%.3f]";
        return String.format(Locale.ROOT, fmt, median, v[0], v[v.length - 1]);
    }

}
