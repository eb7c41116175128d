package dev.marsad.eval.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Not a test: a tool for comparing two builds of the analyze path in one JVM, round by round (alternating, so that
 * the machine's drift hits both alike; separate runs on this 2-core VM differ by ±10%). Arguments: BASE_CHECKOUT
 * NEW_CHECKOUT PAIRS, each checkout built with {@code mvn -o package -DskipTests} and with {@code ../shared} beside
 * it; prints the median ratio of CPU time per round, base over new (new is faster above 1).
 */
public final class AnalyzeAB {
    private AnalyzeAB() {
    }

    public static void main(String[] args) throws Exception {
        Build base = new Build(Path.of(args[0]));
        Build candidate = new Build(Path.of(args[1]));
        int pairs = Integer.parseInt(args[2]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 30; i++) {
            base.round();
            candidate.round();
        }
        double[] ratios = new double[pairs];
        long baseTotal = 0;
        long candidateTotal = 0;
        for (int i = 0; i < pairs; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            base.round();
            long t1 = mx.getCurrentThreadCpuTime();
            candidate.round();
            long t2 = mx.getCurrentThreadCpuTime();
            ratios[i] = (double) (t1 - t0) / (t2 - t1);
            baseTotal += t1 - t0;
            candidateTotal += t2 - t1;
        }
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "new/base speed: median %.3f [q1 %.3f, q3 %.3f]; totals %.3f; base %.1f ms/round, new %.1f ms/round%n",
                ratios[pairs / 2], ratios[pairs / 4], ratios[3 * pairs / 4], (double) baseTotal / candidateTotal,
                baseTotal / 1e6 / pairs, candidateTotal / 1e6 / pairs);
    }

    /** One checkout's pipeline and bench texts, loaded in a class loader of their own. */
    private static final class Build {
        private final Object pipeline;
        private final Method decode;
        private final Method analyze;
        private final Method newRun;
        private final Method document;
        private final Class<?> read;
        private final List<Object[]> texts = new ArrayList<>();

        Build(Path root) throws Exception {
            List<URL> urls = new ArrayList<>();
            urls.add(root.resolve("marsad-eval/target/test-classes").toUri().toURL());
            urls.add(root.resolve("marsad-eval/target/classes").toUri().toURL());
            try (Stream<Path> jars = Files.list(root.resolve("marsad-eval/target/lib"))) {
                for (Path jar : jars.toList()) {
                    urls.add(jar.toUri().toURL());
                }
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> pipelineClass = loader.loadClass("dev.marsad.pipeline.NewsPipeline");
            Class<?> config = loader.loadClass("dev.marsad.pipeline.PipelineConfig");
            pipeline = pipelineClass.getMethod("standard", config).invoke(null, config.getField("DEFAULT").get(null));
            decode = pipelineClass.getMethod("decode", String.class, byte[].class, Optional.class);
            newRun = pipelineClass.getMethod("newRun");
            analyze = Arrays.stream(pipelineClass.getMethods())
                    .filter(m -> m.getName().equals("analyze") && m.getParameterCount() == 2).findFirst().orElseThrow();
            read = loader.loadClass("dev.marsad.model.outcome.ReadOutcome$Read");
            document = read.getMethod("document");
            Method load = loader.loadClass("dev.marsad.eval.bench.BenchTexts").getDeclaredMethod("load", Optional.class);
            load.setAccessible(true);
            for (Object text : (List<?>) load.invoke(null, Optional.empty())) {
                Method name = text.getClass().getDeclaredMethod("name");
                Method bytes = text.getClass().getDeclaredMethod("bytes");
                name.setAccessible(true);
                bytes.setAccessible(true);
                texts.add(new Object[] {name.invoke(text), bytes.invoke(text)});
            }
        }

        long round() throws Exception {
            long sink = 0;
            for (Object[] t : texts) {
                Object outcome = decode.invoke(pipeline, t[0], t[1], Optional.of("text/plain; charset=utf-8"));
                if (read.isInstance(outcome)) {
                    sink += analyze.invoke(pipeline, document.invoke(outcome), newRun.invoke(pipeline)).hashCode() & 1;
                }
            }
            return sink;
        }
    }
}
