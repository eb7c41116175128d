package dev.marsad.kafka.bench;

import dev.marsad.kafka.KafkaMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Marsad process of the bench ({@code marsad worker}, {@code placer}, {@code ingest}) in a JVM of its own, as
 * it runs on a real deployment: this JVM's class path and {@code java}, the given heap and environment, output to
 * a log file (read back when it fails).
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final String name;

    private ChildJvm(Process process, Path log, String name) {
        this.process = process;
        this.log = log;
        this.name = name;
    }

    /** Starts {@code marsad ARGS} with {@code env} set and {@code unset} removed from the environment. */
    static ChildJvm start(String name, String heap, Map<String, String> env, List<String> unset, Path log,
                          String... args) {
        return start(name, heap, List.of(), env, unset, log, args);
    }

    /** As above, with {@code jvmOptions} (a flight recording, say) given to {@code java} before the class name. */
    static ChildJvm start(String name, String heap, List<String> jvmOptions, Map<String, String> env,
                          List<String> unset, Path log, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Dfile.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), KafkaMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        unset.forEach(builder.environment()::remove);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            // A bench stopped by Ctrl-C takes its processes with it (a kill -9 of the bench leaves them to the user).
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "bench-stop-" + name));
            return new ChildJvm(process, log, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** CPU time the process has used so far (user and system), in seconds; 0 where the platform does not say. */
    double cpuSeconds() {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    /**
     * CPU time (user and system, seconds) of each of its threads now, by thread name, read from Linux's
     * {@code /proc/PID/task/TID/stat} (names cut at 15 characters; threads of one name summed); empty elsewhere.
     */
    Map<String, Double> threadCpuSeconds() {
        Map<String, Double> out = new java.util.TreeMap<>();
        Path tasks = Path.of("/proc", String.valueOf(process.pid()), "task");
        try (java.util.stream.Stream<Path> threads = Files.list(tasks)) {
            for (Path task : threads.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                // "TID (NAME) STATE ...": the name may hold spaces and parentheses, so cut at the last ')'.
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String[] fields = stat.substring(close + 2).split(" ");
                // After the name: state is field 3 of stat(5), utime 14 and stime 15, in clock ticks (100 a second).
                double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                out.merge(stat.substring(open + 1, close), seconds, Double::sum);
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return out;
    }

    /** Waits for the process to end by itself; returns its exit code. */
    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Fails with the end of its log unless it is still running. */
    void checkAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " ended (exit " + process.exitValue() + "): " + tail());
        }
    }

    /** The last lines of its output, for an error message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops it as Ctrl-C would (a worker finishes its page, the placer writes what it read), then for good. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
