package dev.marsad.kafka.bench;

import dev.marsad.adapter.files.DataDirs;
import dev.marsad.app.cli.BenchIngestCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What both Kafka benches ({@code bench distributed}, {@code bench placer}) need before they run: the archives of
 * ../shared/data, a PostgreSQL URL, a temporary folder removed afterwards, and the load average they print.
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
