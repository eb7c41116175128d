package dev.marsad.eval.story;

import dev.marsad.cluster.ClusterConfig;
import dev.marsad.cluster.ClusterInput;
import dev.marsad.cluster.OnlineClusterer;
import dev.marsad.eval.data.SemEvalOption;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleRef;
import dev.marsad.pipeline.StoryConfig;
import dev.marsad.pipeline.StoryPipeline;
import dev.marsad.pipeline.StoryRun;
import dev.marsad.pipeline.StoryStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench cluster}: the online story engine (dedupe + clusterer) over a stream of synthetic articles from
 * real Arabic sentences ({@link BenchCorpus}), on one thread. Reports cumulative time at checkpoints, time per
 * article per segment (near-linear growth keeps it flat), peak heap, and two baselines measured in the same
 * run: (1) building the same articles' term vectors alone (tokenise, fold, stem), and (2) brute-force
 * scoring of every story for the first {@code --brute} articles against the indexed engine on the same
 * articles. Run under {@code taskset -c 0} to pin it to one core.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Online clustering throughput and memory on a synthetic stream, with same-run baselines.")
public final class ClusterBenchCommand extends SemEvalCommand {
    @Option(names = "--articles", defaultValue = "100000", description = "Stream length (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--brute", defaultValue = "9000",
            description = "Articles for the brute-force comparison (also run on a third of them).")
    int brute;

    @Option(names = "--days-kept", defaultValue = "-1",
            description = "Offer the articles to a store's story stream keeping this many days of checkpoints for a "
                    + "late article (0: none, the baseline) instead of a plain run (default: a plain run).")
    int daysKept;

    @Option(names = "--without-body-rule",
            description = "The shipped engine without its body rule (ClusterConfig.BodyRule): the same-run baseline of its cost.")
    boolean withoutBodyRule;

    /** The story settings benchmarked: the shipped ones, or those without the body rule. */
    private StoryConfig storyConfig() {
        return withoutBodyRule ? new StoryConfig(StoryConfig.DEFAULT.dedupe(),
                ClusterConfig.DEFAULT.withBodyRule(null), StoryConfig.DEFAULT.summarySentences()) : StoryConfig.DEFAULT;
    }

    @Override
    int run(SemEvalOption.Sample sample, PrintWriter out) throws Exception {
        BenchCorpus corpus = BenchCorpus.load(sample);
        List<BenchCorpus.Slot> slots = BenchCorpus.slots(articles, 7L);
        out.printf(Locale.ROOT, "stream: %d articles from a pool of %d real sentences%s%n", slots.size(), corpus.sentences(),
                withoutBodyRule ? " (without the body rule)" : "");
        // Warm-up so that the first segment is not charged with JIT compilation.
        StoryRun warm = StoryPipeline.standard(storyConfig()).newRun();
        for (int i = 0; i < Math.min(2000, slots.size()); i++) {
            warm.add(new ArticleRef("warm", i), corpus.article(slots.get(i)));
        }
        ThreadMXBean cpuClock = ManagementFactory.getThreadMXBean();
        long f0 = cpuClock.getCurrentThreadCpuTime();
        for (BenchCorpus.Slot slot : slots) {
            AnalyzedArticle a = corpus.article(slot);
            ClusterInput.of(a);
        }
        long featureNanos = cpuClock.getCurrentThreadCpuTime() - f0;
        System.gc();
        resetPeaks();
        StoryRun run = StoryPipeline.standard(storyConfig()).newRun();
        // The store's engine: the same placements, plus a checkpoint of the run at each new day when days are kept.
        StoryStream stream = daysKept < 0 ? null : new StoryStream(StoryPipeline.standard(storyConfig()), daysKept);
        List<Integer> checkpoints = new ArrayList<>(List.of(10_000, 20_000, 50_000, 100_000));
        checkpoints.removeIf(c -> c > slots.size());
        if (!checkpoints.contains(slots.size())) {
            checkpoints.add(slots.size());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long previous = cpuStart;
        int previousN = 0;
        int stories = 0;
        // CPU time of this thread is the figure to read on a shared machine; wall time is shown beside it.
        out.println("articles  wall_s  cpu_s  cpu_us_per_article_in_segment  stories");
        for (int i = 0; i < slots.size(); i++) {
            ArticleRef ref = new ArticleRef("bench", i);
            int story = stream == null ? run.add(ref, corpus.article(slots.get(i)))
                    : stream.offer(new StoryPipeline.StoryInput(ref, corpus.article(slots.get(i)))).orElseThrow();
            stories = Math.max(stories, story + 1);
            if (checkpoints.contains(i + 1)) {
                long cpu = threads.getCurrentThreadCpuTime();
                out.printf(Locale.ROOT, "%8d  %6.1f  %5.1f  %29.1f  %7d%n", i + 1, (System.nanoTime() - start) / 1e9,
                        (cpu - cpuStart) / 1e9, (cpu - previous) / 1e3 / (i + 1 - previousN), stories);
                out.flush();
                previous = cpu;
                previousN = i + 1;
            }
        }
        double engineSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = peakHeap();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "live heap after GC with the run still referenced: %.0f MiB%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
        java.lang.ref.Reference.reachabilityFence(run);
        java.lang.ref.Reference.reachabilityFence(stream);
        if (stream != null) {
            out.printf(Locale.ROOT, "story stream keeping %d days: %d days kept now, %d articles held for a late one%n",
                    daysKept, stream.daysKept(), stream.heldForReplay());
            lateArticle(out, corpus, slots, stream);
        }
        out.printf(Locale.ROOT, "engine: %.0f articles/s of CPU time; peak heap %.0f MiB (sum of heap pool peaks)%n",
                slots.size() / engineSeconds, peak / 1048576.0);
        out.printf(Locale.ROOT, "baseline 1, term vectors of the same articles alone (CPU): %.1f s; engine/baseline = %.2f%n",
                featureNanos / 1e9, engineSeconds / (featureNanos / 1e9));
        // Two sizes show how each cost grows: brute force with the square of the stream, the index linearly.
        bruteForce(out, corpus, slots.subList(0, Math.min(brute / 3, slots.size())));
        bruteForce(out, corpus, slots.subList(0, Math.min(brute, slots.size())));
        out.flush();
        return 0;
    }

    /**
     * What one late article costs the store's engine: an article of the day before the last, placed by going back to
     * its day ({@link StoryStream#replayLate}) against a replay of every article (the baseline, same run); both must
     * tell the same stories.
     */
    private void lateArticle(PrintWriter out, BenchCorpus corpus, List<BenchCorpus.Slot> slots, StoryStream stream) {
        List<StoryPipeline.StoryInput> all = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            all.add(new StoryPipeline.StoryInput(new ArticleRef("bench", i), corpus.article(slots.get(i))));
        }
        BenchCorpus.Slot last = slots.get(slots.size() - 1);
        StoryPipeline.StoryInput late = new StoryPipeline.StoryInput(new ArticleRef("late", 0),
                corpus.article(new BenchCorpus.Slot(last.story(), last.seed() + 1, last.day() - 1)));
        all.add(late);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        var bounded = stream.replayLate(List.of(late));
        long t1 = cpu.getCurrentThreadCpuTime();
        StoryStream full = new StoryStream(StoryPipeline.standard(storyConfig()), 0);
        full.replay(all);
        long t2 = cpu.getCurrentThreadCpuTime();
        boolean same = bounded.isPresent() && stream.stories().equals(full.stories());
        out.printf(Locale.ROOT, "late article of the day before the last: %s, %d articles placed again, %.3f s CPU; "
                + "baseline, replay of all %d articles: %.2f s CPU; full/bounded = %.0f; same stories: %s%n",
                bounded.isPresent() ? "bounded replay" : "NOT within the days kept",
                bounded.map(r -> r.inputs().size() - r.late()).orElse(0), (t1 - t0) / 1e9, all.size(), (t2 - t1) / 1e9,
                (double) (t2 - t1) / Math.max(1, t1 - t0), same);
    }

    private void bruteForce(PrintWriter out, BenchCorpus corpus, List<BenchCorpus.Slot> slots) {
        List<ClusterInput> inputs = slots.stream().map(s -> ClusterInput.of(corpus.article(s))).toList();
        OnlineClusterer indexed = OnlineClusterer.inMemory(storyConfig().cluster());
        OnlineClusterer exhaustive = OnlineClusterer.inMemory(storyConfig().cluster());
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        inputs.forEach(in -> a.add(indexed.add(in)));
        long t1 = cpu.getCurrentThreadCpuTime();
        inputs.forEach(in -> b.add(exhaustive.addExhaustive(in)));
        long t2 = cpu.getCurrentThreadCpuTime();
        // Stories merged after an article was placed in them (piece merges).
        a.replaceAll(indexed::holder);
        b.replaceAll(exhaustive::holder);
        BCubed agreement = BCubed.score(b, a);
        out.printf(Locale.ROOT, "baseline 2, first %d articles (CPU): indexed %.2f s, brute force %.2f s, brute/indexed = %.1f; "
                + "indexed vs brute-force partition B-cubed F1 = %.3f%n", inputs.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (double) (t2 - t1) / (t1 - t0), agreement.f1());
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
