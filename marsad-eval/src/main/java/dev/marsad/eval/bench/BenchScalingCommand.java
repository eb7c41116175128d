package dev.marsad.eval.bench;

import dev.marsad.model.outcome.ReadOutcome;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench scaling}: does analysis cost grow linearly with input size? Builds one single-line article (no
 * paragraph breaks: the worst case the issue 12 probe found) of {@code --small} and of {@code --large} MB from the
 * bundled demo articles, analyses each {@code --rounds} times after a warm-up (the fastest run counts), and reports time(large)/time(small) divided by the
 * size ratio: 1.0 is linear, 10 a quadratic step of 10×. Lucene's ArabicAnalyzer tokenising the same two texts
 * in the same run is the baseline of what linear looks like on this machine.
 */
@Command(name = "scaling", mixinStandardHelpOptions = true,
        description = "Analysis time of a large single-line article against a small one (1.0 = linear).")
public final class BenchScalingCommand implements Callable<Integer> {
    @Option(names = "--small", defaultValue = "1", description = "small input in MB (default ${DEFAULT-VALUE})")
    double smallMb;

    @Option(names = "--large", defaultValue = "10", description = "large input in MB (default ${DEFAULT-VALUE})")
    double largeMb;

    @Option(names = "--rounds", defaultValue = "2",
            description = "timed runs per size; the fastest counts, as the least disturbed by other load (default ${DEFAULT-VALUE})")
    int rounds;

    private final NewsPipeline pipeline = NewsPipeline.standard(PipelineConfig.DEFAULT);
    private final Analyzer lucene = new ArabicAnalyzer();
    private long sink;

    @Override
    public Integer call() throws IOException {
        String seed = seedText();
        String small = repeatTo(seed, (long) (smallMb * 1_000_000));
        String large = repeatTo(seed, (long) (largeMb * 1_000_000));
        byte[] smallBytes = small.getBytes(StandardCharsets.UTF_8);
        byte[] largeBytes = large.getBytes(StandardCharsets.UTF_8);
        double sizeRatio = (double) largeBytes.length / smallBytes.length;
        System.out.printf(Locale.ROOT, "bench scaling: one line of %d and %d bytes (×%.1f), fastest of %d runs, 1 thread, Java %s, -Xmx %d MB%n",
                smallBytes.length, largeBytes.length, sizeRatio, rounds, System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        // Warm-up on the small text, so that the JIT has compiled both paths before either is timed.
        for (int i = 0; i < 3; i++) {
            sink += analyze(smallBytes);
            sink += luceneTokens(small);
        }
        long luceneSmall = fastest(() -> sink += luceneTokens(small));
        long luceneLarge = fastest(() -> sink += luceneTokens(large));
        resetPeaks();
        long analyzeSmall = fastest(() -> sink += analyze(smallBytes));
        long peakSmall = peakHeapMb();
        resetPeaks();
        long analyzeLarge = fastest(() -> sink += analyze(largeBytes));
        long peakLarge = peakHeapMb();
        System.out.printf(Locale.ROOT, "  Lucene ArabicAnalyzer   %.2f s → %.2f s; time ratio / size ratio %.2f%n",
                luceneSmall / 1e9, luceneLarge / 1e9, luceneLarge / (double) luceneSmall / sizeRatio);
        System.out.printf(Locale.ROOT, "  analyze                 %.2f s → %.2f s; time ratio / size ratio %.2f%n",
                analyzeSmall / 1e9, analyzeLarge / 1e9, analyzeLarge / (double) analyzeSmall / sizeRatio);
        System.out.printf(Locale.ROOT, "  analyze peak heap       %d MB → %d MB (JVM heap pools' peak usage, inputs included)%n",
                peakSmall, peakLarge);
        System.out.println("  (1.00 = linear; checksum " + sink + ")");
        return 0;
    }

    /** The demo articles' text on one line. */
    private static String seedText() throws IOException {
        Path dir = dev.marsad.eval.ner.NerPaths.repoRoot().resolve("demo/articles");
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String body = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                // The windows-1256 sample is not UTF-8: left out rather than repeated as mojibake.
                if (body.chars().noneMatch(c -> c == 0xFFFD)) {
                    text.append(body.replaceAll("\\s+", " ")).append(' ');
                }
            }
        }
        return text.toString();
    }

    private static String repeatTo(String seed, long bytes) {
        long seedBytes = seed.getBytes(StandardCharsets.UTF_8).length;
        return seed.repeat((int) Math.max(1, bytes / seedBytes));
    }

    private long analyze(byte[] bytes) {
        ReadOutcome outcome = pipeline.decode("scaling.txt", bytes, Optional.of("text/plain; charset=utf-8"));
        if (outcome instanceof ReadOutcome.Read read) {
            return pipeline.analyze(read.document(), pipeline.newRun()).articles().size();
        }
        throw new IllegalStateException("not analysed: " + ((ReadOutcome.Rejected) outcome).message());
    }

    private long luceneTokens(String text) {
        return BenchTexts.luceneTokens(lucene, text);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private long fastest(Runnable work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < Math.max(1, rounds); i++) {
            best = Math.min(best, time(work));
        }
        return best;
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }
}
