package dev.marsad.kafka.bench;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A placer process's CPU by thread ({@link ChildJvm#threadCpuSeconds}), in the groups the benches report: the
 * placer's own thread (poll, JSON, store, placement), its finishing thread, the JIT compilers, the garbage
 * collector, the rest.
 *
 * @param placer    the placer's thread ({@code placer-0})
 * @param finishing its finishing thread ({@code marsad-placer-finish}, cut to 15 characters by Linux)
 * @param jit       the C1 and C2 compiler threads
 * @param gc        the garbage collector's threads
 * @param other     every other thread (Kafka's client, the alerts, the JVM's own)
 */
record ThreadCpu(double placer, double finishing, double jit, double gc, double other) {

    static ThreadCpu of(Map<String, Double> byName) {
        double placer = sum(byName, n -> n.startsWith("placer-"));
        double finishing = sum(byName, n -> n.startsWith("marsad-placer-f"));
        double jit = sum(byName, n -> n.startsWith("C1 Compiler") || n.startsWith("C2 Compiler"));
        double gc = sum(byName, n -> n.startsWith("GC ") || n.startsWith("G1 "));
        double all = byName.values().stream().mapToDouble(Double::doubleValue).sum();
        return new ThreadCpu(placer, finishing, jit, gc, all - placer - finishing - jit - gc);
    }

    /** E.g. "placer thread 30.1 s (10.0 ms an article), finishing thread 9.0 s (3.0 ms), JIT 20.0 s, GC 1.0 s, other 4.0 s". */
    String describe(long articles) {
        return String.format(Locale.ROOT, "placer thread %.1f s (%.1f ms an article), finishing thread %.1f s (%.1f ms), "
                        + "JIT %.1f s, GC %.1f s, other %.1f s", placer, 1000 * placer / articles, finishing,
                1000 * finishing / articles, jit, gc, other);
    }

    private static double sum(Map<String, Double> cpu, Predicate<String> name) {
        return cpu.entrySet().stream().filter(e -> name.test(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
    }
}
