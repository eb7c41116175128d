package dev.marsad.app.cli;

import dev.marsad.adapter.files.ArchiveReader;
import dev.marsad.adapter.files.DataDirs;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import dev.marsad.adapter.store.JdbcArticleStore;
import dev.marsad.adapter.store.JdbcFeedRetryStore;
import dev.marsad.app.bench.Latencies;
import dev.marsad.app.bench.PublicationOrder;
import dev.marsad.app.bench.StageTally;
import dev.marsad.app.ingest.IngestService;
import dev.marsad.app.server.MarsadServer;
import dev.marsad.app.server.ServerConfig;
import dev.marsad.model.StoredArticle;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import dev.marsad.pipeline.StageTimer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench ingest}: the product end to end on a real stream (issue 11). The SaudiNewsNet and ANT
 * archives of ../shared/data (about 56,000 articles) are merged in publication order ({@link PublicationOrder})
 * and ingested into a fresh store by the code {@code marsad ingest} runs ({@link IngestCommand#newIngester},
 * {@link Ingester}, the story engine placing each article as it is stored), then served as {@code marsad serve} serves them ({@link Workspace}), on
 * 127.0.0.1. Reports end-to-end articles/s and each stage's share (timed by {@link StageTimer} hooks in the
 * pipelines, not guessed), analysis on 1 and 2 threads over the same prefix (with the stored articles compared),
 * peak heap, store and index size per 10,000 articles, and {@code /api/stories} and {@code /api/search} latency
 * at a checkpoint (10,000 articles) and at the end. Its figures go to docs/EVALUATION.md.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "End to end: ingest the SaudiNewsNet and ANT archives of ../shared/data in publication order "
                + "into a fresh store, serve it, and report speed, stage shares, thread scaling, heap, sizes and "
                + "API latency.")
public final class BenchIngestCommand implements Callable<Integer> {
    /** The archives of ../shared/data the end-to-end benchmarks read (ingest here, distributed in marsad-kafka). */
    public static final List<String> ARCHIVES = List.of("saudinewsnet/articles.jsonl.gz", "ant-multisource/articles.jsonl.gz");
    static final List<String> STORY_REQUESTS = List.of(
            "/api/stories?sort=size&limit=20", "/api/stories?sort=outlets&limit=20",
            "/api/stories?sort=recent&limit=20", "/api/stories?sort=recent&days=7&limit=20");
    /** Common words and names of both streams' news: countries, people, organisations, topics. */
    static final List<String> SEARCH_WORDS = List.of("السعودية", "الرياض", "مصر", "سوريا", "إيران", "اليمن",
            "ترامب", "داعش", "الأمم المتحدة", "النفط", "كرة القدم", "وزير الخارجية");

    @Option(names = "--data", paramLabel = "DIR",
            description = "The shared data directory (default: ../shared/data from here, else beside the repository).")
    Path data;

    @Option(names = "--limit", paramLabel = "N", description = "Ingest only the first N articles in publication order.")
    Integer limit;

    @Option(names = "--threads", paramLabel = "N",
            description = "Analysis threads of the main run (default: the number of cores, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--checkpoint", paramLabel = "N", defaultValue = "10000",
            description = "Also measure sizes and latency after the first N articles (default: ${DEFAULT-VALUE}; 0: none).")
    int checkpoint;

    @Option(names = "--scaling", paramLabel = "N", defaultValue = "1000",
            description = "Articles of the prefix ingested on 1 and then 2 threads (default: ${DEFAULT-VALUE}; 0: skip).")
    int scaling;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "10",
            description = "Timed rounds of the fixed API requests, after one warm-up round (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where the stores are made (kept); default a temporary directory deleted at the end.")
    Path work;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private PrintWriter out;
    private final StageTally tally = new StageTally();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Override
    public Integer call() throws IOException {
        out = spec.commandLine().getOut();
        if (threads < 1 || rounds < 1 || checkpoint < 0 || scaling < 0 || (limit != null && limit < 1)) {
            spec.commandLine().getErr().println("marsad: --threads, --rounds and --limit must be 1 or more, "
                    + "--checkpoint and --scaling 0 or more");
            return ExitCodes.BAD_INPUT;
        }
        Optional<Path> dataDir = DataDirs.resolve(Optional.ofNullable(data));
        List<Path> archives = dataDir.map(d -> ARCHIVES.stream().map(d::resolve).toList()).orElse(List.of());
        Optional<Path> missing = dataDir.isEmpty() ? Optional.of(data != null ? data : Path.of("..", "shared", "data"))
                : archives.stream().filter(p -> !Files.isRegularFile(p)).findFirst();
        if (missing.isPresent()) {
            out.println("bench ingest: skipped, " + missing.get() + " not found (the SaudiNewsNet and ANT archives "
                    + "of ../shared/data; --data DIR names another place)");
            out.flush();
            return ExitCodes.OK;
        }
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("marsad-bench-ingest") : Files.createDirectories(work);
        try {
            return run(archives, dir);
        } finally {
            if (temporary) {
                try {
                    DemoCommand.deleteTree(dir);
                } catch (java.io.UncheckedIOException e) {
                    // a temporary directory left behind is not worth failing the bench for
                }
            }
        }
    }

    private int run(List<Path> archives, Path dir) throws IOException {
        out.printf(Locale.ROOT, "bench ingest: %s, %d cores, Java %s, -Xmx %d MB, load average %.2f at start%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path input = Files.createDirectories(dir.resolve("input"));
        long sortStart = System.nanoTime();
        List<ArchiveReader.Entry.Article> all = PublicationOrder.read(archives);
        int total = limit == null ? all.size() : Math.min(limit, all.size());
        int first = checkpoint > 0 && checkpoint < total ? checkpoint : total;
        int prefix = Math.min(scaling, total);
        Path firstPart = input.resolve("first.jsonl");
        Path restPart = input.resolve("rest.jsonl");
        Path prefixPart = input.resolve("prefix.jsonl");
        PublicationOrder.write(firstPart, all.subList(0, first));
        PublicationOrder.write(restPart, all.subList(first, total));
        PublicationOrder.write(prefixPart, all.subList(0, prefix));
        out.printf(Locale.ROOT, "  input: %d of %d articles (%s) in publication order, %s .. %s; sorted in %.1f s%n",
                total, all.size(), String.join(", ", archives.stream().map(Path::toString).toList()),
                all.get(0).published().orElse("?"), all.get(total - 1).published().orElse("?"),
                (System.nanoTime() - sortStart) / 1e9);
        all = null; // the sorted copy is on disk now; leave the heap to the ingest
        out.flush();

        if (prefix > 0) {
            scaling(prefixPart, prefix, dir);
        }

        Path storeDir = dir.resolve("store");
        resetHeapPeaks();
        StageTally.Snapshot before = tally.snapshot();
        long ingestNanos = 0;
        long serveNanos;
        try (Database database = Database.open(DatabaseConfig.h2(storeDir))) {
            IngestCommand command = new IngestCommand();
            command.threads = threads;
            PrintWriter quiet = new PrintWriter(java.io.Writer.nullWriter());
            // The story stages run inside the ingest now: each article is placed in its story as it is stored.
            Ingester ingester = command.newIngester(database, quiet, false, new JdbcFeedRetryStore(database),
                    IngestCommand.recordingAlerts(database), NewsPipeline.standard(PipelineConfig.DEFAULT).timed(tally),
                    tally);
            StageTally.Snapshot atCheckpoint = StageTally.Snapshot.zero();
            long start = System.nanoTime();
            ingester.ingest(firstPart.toString());
            ingestNanos += System.nanoTime() - start;
            if (first < total) {
                // What a user would see who ingested the first part, then served it: measured, then left out of the
                // end-to-end figures (a straight run starts serving once, at the end).
                start = System.nanoTime();
                ingester.endBatch();
                ingestNanos += System.nanoTime() - start;
                StageTally.Snapshot checkpointStart = tally.snapshot();
                long serveAt = serveAndMeasure(storeDir, first);
                atCheckpoint = tally.snapshot().minus(checkpointStart);
                out.printf(Locale.ROOT, "  (checkpoint serve start, left out of the end-to-end time: %.1f s)%n",
                        serveAt / 1e9);
                start = System.nanoTime();
                ingester.ingest(restPart.toString());
                ingestNanos += System.nanoTime() - start;
            }
            start = System.nanoTime();
            IngestTally ingested = ingester.restart();
            ingestNanos += System.nanoTime() - start;
            long heapPeak = heapPeakMb();
            out.printf(Locale.ROOT, "  ingest: %s%n", ingested.summary());
            StageTally.Snapshot beforeServe = tally.snapshot();
            serveNanos = serveAndMeasure(storeDir, total);
            StageTally.Snapshot atServe = tally.snapshot().minus(beforeServe);
            StageTally.Snapshot stages = tally.snapshot().minus(before).minus(atCheckpoint);
            long e2e = ingestNanos + serveNanos;
            out.printf(Locale.ROOT, "  end to end (%d threads): %d articles in %.1f s = %.1f articles/s "
                            + "(ingest with stories placed as stored %.1f s, serve start %.1f s: search index rebuild "
                            + "%.1f s, the story replay's dedupe, cluster and summarize %.1f s, the rest (opening the "
                            + "store, reading the articles back, comparing the stories) %.1f s)%n",
                    threads, total, e2e / 1e9, total / (e2e / 1e9), ingestNanos / 1e9, serveNanos / 1e9,
                    atServe.nanos(StageTimer.Stage.INDEX) / 1e9,
                    (atServe.total() - atServe.nanos(StageTimer.Stage.INDEX)) / 1e9,
                    (serveNanos - atServe.total()) / 1e9);
            out.printf(Locale.ROOT, "  stage shares (time summed over threads, %.1f s in all):%n", stages.total() / 1e9);
            for (StageTimer.Stage stage : StageTimer.Stage.values()) {
                out.printf(Locale.ROOT, "    %-10s %7.1f s %5.1f %%%n", stage.label(), stages.nanos(stage) / 1e9,
                        100 * stages.share(stage));
            }
            out.printf(Locale.ROOT, "    (dedupe, cluster: placing each article in its story inside its store "
                    + "transaction; summarize: the changed stories at each flush (every %d articles and at batch end); "
                    + "store: articles, assignments and story rows, placing left out; index: the rebuild at serve start, "
                    + "reading every article back included; serve start's story replay counts under dedupe, cluster and "
                    + "summarize)%n", IngestService.FLUSH_EVERY);
            out.printf(Locale.ROOT, "  heap: peak %d MB during ingest (heap pools' peak use, garbage included); %d MB "
                    + "live after a full GC at the end%n", heapPeak, liveHeapMb());
        }
        // A restart after the clean stop above: the search index and the stories are kept, nothing is replayed.
        long restartStart = System.nanoTime();
        try (Workspace again = new Workspace(storeDir, DatabaseConfig.h2(storeDir), new FetchOptions().fetcher())) {
            out.printf(Locale.ROOT, "  serve restart after a clean stop: %.1f s (search index %s, stories %s)%n",
                    (System.nanoTime() - restartStart) / 1e9, again.indexRebuilt ? "rebuilt" : "kept",
                    again.storiesReplayed ? "replayed" : "kept");
        }
        // H2 keeps the pages that updates free until it compacts: the file a user sees, and the data in it.
        long closed = storeBytes(storeDir);
        long compacted = compactedStoreBytes(storeDir);
        out.printf(Locale.ROOT, "  store file after closing: %.1f MB = %.1f MB per 10,000 articles; after SHUTDOWN COMPACT "
                        + "%.1f MB = %.1f MB per 10,000 articles%n", closed / 1e6, closed / 1e6 * 10_000 / total,
                compacted / 1e6, compacted / 1e6 * 10_000 / total);
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The prefix ingested on 1 and on 2 threads, each into a fresh store, alternately twice after a warm-up; the
     * fastest of each counts (the least disturbed by other load, as in {@code bench scaling}); the stored articles of
     * the two are compared.
     */
    private void scaling(Path prefixPart, int prefix, Path dir) {
        ingestOnly(prefixPart, 1, dir.resolve("warm-up"), Math.max(1, prefix / 4));
        long one = Long.MAX_VALUE;
        long two = Long.MAX_VALUE;
        for (int round = 1; round <= 2; round++) {
            one = Math.min(one, ingestOnly(prefixPart, 1, dir.resolve("scaling-1-" + round), prefix));
            two = Math.min(two, ingestOnly(prefixPart, 2, dir.resolve("scaling-2-" + round), prefix));
        }
        boolean same = storedArticles(dir.resolve("scaling-1-1")).equals(storedArticles(dir.resolve("scaling-2-1")));
        out.printf(Locale.ROOT, "  analysis + store of the first %d articles (fastest of 2 alternating runs each): 1 thread "
                        + "%.1f articles/s, 2 threads %.1f articles/s, speed-up ×%.2f; stored articles identical: %s%n",
                prefix, prefix / (one / 1e9), prefix / (two / 1e9), one / (double) two, same ? "yes" : "NO");
        out.flush();
    }

    /** Ingests (stories placed as stored, no index) the first {@code count} articles of {@code archive}; returns the time taken. */
    private long ingestOnly(Path archive, int threadCount, Path storeDir, int count) {
        Path part = archive;
        if (count < lines(archive)) {
            part = storeDir.resolveSibling(storeDir.getFileName() + ".jsonl");
            try (Stream<String> lines = Files.lines(archive, StandardCharsets.UTF_8)) {
                Files.write(part, lines.limit(count).toList(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (Database database = Database.open(DatabaseConfig.h2(storeDir))) {
            IngestCommand command = new IngestCommand();
            command.threads = threadCount;
            Ingester ingester = command.newIngester(database, new PrintWriter(java.io.Writer.nullWriter()), false,
                    new JdbcFeedRetryStore(database));
            String name = part.toString();
            return time(() -> ingester.ingest(name));
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analysed articles of a store, by id: what must not depend on the number of threads. */
    private static Map<String, Object> storedArticles(Path storeDir) {
        try (Database database = Database.open(DatabaseConfig.h2(storeDir))) {
            Map<String, Object> byId = new java.util.TreeMap<>();
            for (StoredArticle a : new JdbcArticleStore(database).articles()) {
                byId.put(a.id(), List.of(a.ref(), a.article()));
            }
            return byId;
        }
    }

    /**
     * Opens the store as {@code serve} does (the search index rebuilt from it), serves it on 127.0.0.1 and times the
     * fixed requests; prints sizes and latency; returns the time the serve start took (the index rebuild).
     */
    private long serveAndMeasure(Path storeDir, int articles) {
        long start = System.nanoTime();
        Workspace workspace = new Workspace(storeDir, DatabaseConfig.h2(storeDir), new FetchOptions().fetcher(), tally);
        long serveNanos = System.nanoTime() - start;
        try (workspace) {
            MarsadServer server = workspace.serve(ServerConfig.loopback(0, workspace.token));
            String base = "http://127.0.0.1:" + server.port();
            List<String> searches = SEARCH_WORDS.stream()
                    .map(w -> "/api/search?q=" + URLEncoder.encode(w, StandardCharsets.UTF_8)).toList();
            request(base, STORY_REQUESTS);
            request(base, searches);
            List<Long> stories = new ArrayList<>();
            List<Long> search = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                stories.addAll(request(base, STORY_REQUESTS));
                search.addAll(request(base, searches));
            }
            long storeBytes = storeBytes(storeDir);
            long indexBytes = treeBytes(storeDir.resolve("search"));
            out.printf(Locale.ROOT, "  at %d articles: %d stories; store %.1f MB, search index "
                            + "%.1f MB = %.1f MB and %.1f MB per 10,000 articles; serve start (search index rebuild, "
                            + "story engine replay) %.1f s%n", articles, workspace.stories.stories().size(),
                    storeBytes / 1e6, indexBytes / 1e6, storeBytes / 1e6 * 10_000 / articles,
                    indexBytes / 1e6 * 10_000 / articles, serveNanos / 1e9);
            line("/api/stories", Latencies.of(stories), STORY_REQUESTS.size());
            line("/api/search", Latencies.of(search), searches.size());
            out.flush();
        }
        return serveNanos;
    }

    private void line(String endpoint, Latencies latencies, int distinct) {
        out.printf(Locale.ROOT, "    %-12s p50 %7.1f ms, p99 %7.1f ms (%d requests: %d distinct × %d rounds, after a warm-up)%n",
                endpoint, latencies.percentile(50) / 1e6, latencies.percentile(99) / 1e6, latencies.count(), distinct,
                rounds);
    }

    /** Sends each request once; returns their latencies. A reply other than 200 ends the bench: its figures would lie. */
    private List<Long> request(String base, List<String> paths) {
        List<Long> nanos = new ArrayList<>(paths.size());
        for (String path : paths) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).GET().build();
            long start = System.nanoTime();
            HttpResponse<byte[]> reply;
            try {
                reply = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(path + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            nanos.add(System.nanoTime() - start);
            if (reply.statusCode() != 200) {
                throw new IllegalStateException(path + ": HTTP " + reply.statusCode() + " "
                        + new String(reply.body(), StandardCharsets.UTF_8));
            }
        }
        return nanos;
    }

    /** The embedded database's files (H2 keeps one {@code .mv.db} in the data directory). */
    private static long storeBytes(Path storeDir) {
        try (Stream<Path> files = Files.list(storeDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".db")).mapToLong(BenchIngestCommand::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The store's size once H2 has compacted it (the bench's own throwaway store). */
    private static long compactedStoreBytes(Path storeDir) {
        DatabaseConfig config = DatabaseConfig.h2(storeDir);
        java.util.Properties credentials = new java.util.Properties();
        config.user().ifPresent(u -> credentials.setProperty("user", u));
        config.password().ifPresent(p -> credentials.setProperty("password", p));
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(config.url(), credentials);
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot compact the bench store: " + e.getMessage(), e);
        }
        return storeBytes(storeDir);
    }

    private static long treeBytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(BenchIngestCommand::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // a file Lucene or H2 removed while we walked
        }
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static void resetHeapPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeakMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static long liveHeapMb() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}
