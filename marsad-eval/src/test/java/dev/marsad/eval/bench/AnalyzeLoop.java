package dev.marsad.eval.bench;

import dev.marsad.model.outcome.ReadOutcome;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Not a test: a tool for profiling. Runs only the full analyze path of {@code bench analyze} over the bench
 * texts for the number of seconds given (default 30), and prints articles per CPU second of its thread, so that a profiler's samples all belong to it (JFR does
 * not always walk a stack to its root, so filtering the bench's mixed samples by caller misses many).
 */
public final class AnalyzeLoop {
    private AnalyzeLoop() {
    }

    public static void main(String[] args) throws IOException {
        List<BenchTexts.Text> texts = BenchTexts.load(args.length > 1 ? Optional.of(java.nio.file.Path.of(args[1])) : Optional.empty());
        NewsPipeline pipeline = NewsPipeline.standard(PipelineConfig.DEFAULT);
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 30;
        long sink = 0;
        int rounds = 0;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = mx.getCurrentThreadCpuTime();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (rounds == 20) {
                // Past the warm-up: count from here, in CPU time of this thread (others' load matters less).
                cpuStart = mx.getCurrentThreadCpuTime();
            }
            for (BenchTexts.Text t : texts) {
                ReadOutcome outcome = pipeline.decode(t.name(), t.bytes(), Optional.of("text/plain; charset=utf-8"));
                if (outcome instanceof ReadOutcome.Read read) {
                    sink += pipeline.analyze(read.document(), pipeline.newRun()).articles().size();
                }
            }
            rounds++;
        }
        double cpu = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "%d rounds, %.1f articles per CPU second after 20 warm-up rounds, checksum %d%n",
                rounds, (rounds - 20) * texts.size() / cpu, sink);
    }
}
