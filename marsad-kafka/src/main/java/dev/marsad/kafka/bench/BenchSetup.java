package dev.marsad.kafka.bench;

import dev.marsad.adapter.files.DataDirs;
import dev.marsad.app.cli.BenchIngestCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What both Kafka benches ({@code bench distributed}, {@code bench placer}) need before and after they run: the
 * archives of ../shared/data, a PostgreSQL URL, a temporary folder removed afterwards, the first line they print, and
 * the broker and schemas released at the end.
 */
final class BenchSetup {
    private BenchSetup() {
    }

    /** The stream's archives under {@code data} (else ../shared/data), or why they cannot be read. */
    record Archives(List<Path> paths, Optional<String> missing) {
    }

    static Archives archives(Path data) {
        Optional<Path> dataDir = DataDirs.resolve(Optional.ofNullable(data));
        List<Path> archives = dataDir.map(d -> BenchIngestCommand.ARCHIVES.stream().map(d::resolve).toList())
                .orElse(List.of());
        Optional<Path> missing = dataDir.isEmpty() ? Optional.of(data != null ? data : Path.of("..", "shared", "data"))
                : archives.stream().filter(p -> !Files.isRegularFile(p)).findFirst();
        return new Archives(archives, missing.map(p -> p + " not found (the SaudiNewsNet and ANT archives of "
                + "../shared/data; --data DIR names another place)"));
    }

    /** A bench's work once the archives, a PostgreSQL URL and a temporary folder are there. */
    interface Work {
        int run(List<Path> archives, String url, Path dir) throws Exception;
    }

    /**
     * Runs {@code work} when the archives under {@code data} and a PostgreSQL server ({@code db}, else $MARSAD_DB_URL)
     * are there, in a temporary folder named after the bench; else prints why the bench is skipped and returns 0 (a
     * missing data set or server is not a failure: CI runs the benches where both exist).
     *
     * @param noStore why the bench needs PostgreSQL, printed when it has none
     */
    static int withArchivesAndStore(String bench, Path data, String db, String noStore, PrintWriter out, Work work)
            throws Exception {
        Archives archives = archives(data);
        Optional<String> missing = archives.missing();
        Optional<String> url = postgresUrl(db);
        if (missing.isEmpty() && url.isEmpty()) {
            missing = Optional.of(noStore);
        }
        if (missing.isPresent()) {
            out.println("bench " + bench + ": skipped, " + missing.get());
            out.flush();
            return 0;
        }
        return inTemporaryFolder("marsad-bench-" + bench, dir -> work.run(archives.paths(), url.get(), dir));
    }

    /** The bench's first line: when, on how many cores and which Java, and how busy the machine was. */
    static void header(String bench, PrintWriter out) {
        out.printf(Locale.ROOT, "bench %s: %s, %d cores, Java %s, load average %.2f at start%n", bench,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), load());
    }

    /** Stops the broker this bench started (if any) and drops its schemas, or prints their names when kept. */
    static void release(BenchBroker started, List<BenchStore> stores, boolean keep, PrintWriter out) throws Exception {
        if (started != null) {
            started.close();
        }
        if (keep) {
            out.println("  schemas kept: " + String.join(", ", stores.stream().map(BenchStore::schema).toList()));
        } else {
            stores.forEach(BenchStore::drop);
        }
        out.flush();
    }

    /** {@code db}, else $MARSAD_DB_URL, when it names a PostgreSQL server. */
    static Optional<String> postgresUrl(String db) {
        return Optional.ofNullable(db).or(() -> Optional.ofNullable(System.getenv("MARSAD_DB_URL")))
                .filter(u -> !u.isBlank() && u.startsWith("jdbc:postgresql:"));
    }

    /** A bench's work in a temporary folder of its own. */
    interface InFolder {
        int run(Path dir) throws Exception;
    }

    /** Runs {@code work} in a fresh temporary folder named after {@code prefix}, removed afterwards. */
    static int inTemporaryFolder(String prefix, InFolder work) throws Exception {
        Path dir = Files.createTempDirectory(prefix);
        try {
            return work.run(dir);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a temporary directory left behind is not worth failing the bench for
            }
        }
    }

    /** The system load average now (printed beside every run: the figures mean little on a busy machine). */
    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
