package dev.marsad.kafka.bench;

import dev.marsad.adapter.files.ArchiveReader;
import dev.marsad.app.bench.PublicationOrder;
import dev.marsad.kafka.KafkaSettings;
import dev.marsad.kafka.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench distributed} (issue 16): the SaudiNewsNet and ANT archives of ../shared/data in publication
 * order (the stream {@code bench ingest} reads), first through the single process ({@code marsad ingest} into
 * PostgreSQL), then published once to the pages topic ({@code ingest --kafka}) and taken through 1, then 2 worker
 * processes and the placer into PostgreSQL, each run in fresh topics, groups and schema, on one broker: in this JVM
 * (Kafka's KRaft test kit) unless {@code --kafka} names one. Every Marsad process is a JVM of its own, as deployed.
 * Reports articles/s end to end (process starts included) and after the first article, the scaling ratio, the
 * placer's lag behind the workers, the CPU each process used, and the stories of each run against the single
 * process's (articles lost or doubled, B-cubed F1). Its figures go to docs/EVALUATION.md.
 */
@Command(name = "distributed", mixinStandardHelpOptions = true,
        description = "The archives of ../shared/data through Kafka: 1 then 2 workers and the placer into PostgreSQL, "
                + "against the single process; articles/s, scaling, lag, CPU, and stories compared (B-cubed).")
public final class BenchDistributedCommand implements Callable<Integer> {
    private static final long SAMPLE_MILLIS = 500;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The shared data directory (default: ../shared/data from here, else beside the repository).")
    Path data;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N articles in publication order.")
    Integer limit;

    @Option(names = "--skip", paramLabel = "N", defaultValue = "0",
            description = "Start after the first N articles in publication order (e.g. 26700: the 2018 part, outlets on +04:00 and GMT clocks).")
    int skip;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "PostgreSQL server to fill (a fresh schema per run, dropped at the end; default: $MARSAD_DB_URL).")
    String db;

    @Option(names = "--kafka", paramLabel = "HOST:PORT",
            description = "A running broker to use (default: a single-node KRaft broker started in this JVM).")
    String kafka;

    @Option(names = "--workers", paramLabel = "N[,N...]", split = ",", defaultValue = "1,2",
            description = "Worker processes of each distributed run (default: ${DEFAULT-VALUE}).")
    List<Integer> workers = List.of(1, 2);

    @Option(names = "--threads", paramLabel = "N",
            description = "Analysis threads of the single process (default: the number of cores, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--worker-heap", paramLabel = "SIZE", defaultValue = "1g",
            description = "-Xmx of each worker process (default: ${DEFAULT-VALUE}).")
    String workerHeap = "1g";

    @Option(names = "--placer-heap", paramLabel = "SIZE", defaultValue = "4g",
            description = "-Xmx of the placer and of the single process (default: ${DEFAULT-VALUE}).")
    String placerHeap = "4g";

    @Option(names = "--stall", paramLabel = "DURATION", defaultValue = "10m",
            converter = dev.marsad.app.cli.DurationConverter.class,
            description = "Give up a run that makes no progress this long (default: ${DEFAULT-VALUE}).")
    Duration stall = Duration.ofMinutes(10);

    @Option(names = "--placer-jvm-option", paramLabel = "OPTION",
            description = "An option for the placer's java, e.g. -XX:StartFlightRecording=filename=placer-%%d.jfr "
                    + "to profile it; %%d becomes the run's worker count (repeatable).")
    List<String> placerJvmOptions = new ArrayList<>();

    @Option(names = "--placer-option", paramLabel = "OPTION",
            description = "An option for `marsad placer` itself, e.g. --placer-option=--window=4000 (repeatable).")
    List<String> placerCommandOptions = new ArrayList<>();

    @Option(names = "--keep", description = "Keep the PostgreSQL schemas (their names are printed).")
    boolean keep;

    private PrintWriter out;

    /** One run's figures. */
    private record Run(String name, double seconds, double afterFirstSeconds, long stored, long rows, long stories,
                       Map<String, String> membership, String detail) {
    }

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        if ((limit != null && limit < 1) || skip < 0 || threads < 1 || workers.isEmpty() || workers.stream().anyMatch(w -> w < 1)) {
            spec.commandLine().getErr().println("marsad: --limit, --threads and each of --workers must be 1 or more, --skip 0 or more");
            return 2;
        }
        return BenchSetup.withArchivesAndStore("distributed", data, db, "no PostgreSQL server "
                + "(--db jdbc:postgresql://… or $MARSAD_DB_URL): placer and servers share a PostgreSQL store", out, this::run);
    }

    private int run(List<Path> archives, String url, Path dir) throws Exception {
        BenchSetup.header("distributed", out);
        List<ArchiveReader.Entry.Article> all = PublicationOrder.read(archives);
        int from = Math.min(skip, all.size() - 1);
        int total = limit == null ? all.size() - from : Math.min(limit, all.size() - from);
        Path input = dir.resolve("stream.jsonl");
        PublicationOrder.write(input, all.subList(from, from + total));
        // ingest --kafka publishes the first line of each address, as the single process stores only it (ANT holds
        // pages crawled twice under two categories).
        int addresses = (int) all.subList(from, from + total).stream().map(ArchiveReader.Entry.Article::source)
                .distinct().count();
        out.printf(Locale.ROOT, "  input: %d of %d articles (%s) in publication order%s, %s .. %s%n", total, all.size(),
                String.join(", ", archives.stream().map(Path::toString).toList()),
                from == 0 ? "" : " after the first " + from,
                all.get(from).published().orElse("?"), all.get(from + total - 1).published().orElse("?"));
        all = null; // on disk now
        out.flush();

        String stamp = "mb" + Instant.now().getEpochSecond();
        List<BenchStore> stores = new ArrayList<>();
        BenchBroker started = null;
        try {
            String bootstrap;
            if (kafka != null) {
                bootstrap = kafka;
                out.println("  broker: " + bootstrap + " (given)");
            } else {
                long start = System.nanoTime();
                try {
                    started = new BenchBroker();
                } catch (NoClassDefFoundError e) {
                    throw new IllegalStateException("the in-JVM broker's classes (Kafka's test kit) are not on the "
                            + "class path: run ./marsad bench distributed (it adds marsad-kafka/target/broker-lib), or "
                            + "give --kafka HOST:PORT", e);
                }
                bootstrap = started.bootstrap();
                out.printf(Locale.ROOT, "  broker: single-node KRaft (Kafka %s) in this JVM at %s, started in %.1f s%n",
                        org.apache.kafka.common.utils.AppInfoParser.getVersion(), bootstrap,
                        (System.nanoTime() - start) / 1e9);
            }
            out.flush();
            BenchStore singleStore = BenchStore.fresh(url, stamp + "_single");
            stores.add(singleStore);
            Run single = single(input, singleStore, dir);
            print(single, total, null);

            String pages = stamp + ".pages";
            KafkaSettings base = settings(bootstrap, pages, stamp + ".publish");
            Topics.ensure(base);
            BenchStore publishStore = BenchStore.fresh(url, stamp + "_publish");
            stores.add(publishStore);
            publish(input, base, publishStore, dir, addresses, total);

            List<Run> runs = new ArrayList<>();
            try (Offsets offsets = new Offsets(bootstrap)) {
                for (int w : workers) {
                    BenchStore store = BenchStore.fresh(url, stamp + "_w" + w);
                    stores.add(store);
                    Run run = distributed(w, settings(bootstrap, pages, stamp + ".w" + w), store, offsets, total, dir);
                    print(run, total, single);
                    runs.add(run);
                }
            }
            summary(single, runs, total);
        } finally {
            BenchSetup.release(started, stores, keep, out);
        }
        return 0;
    }

    /** Settings with this run's own articles topic and groups, reading the one published pages topic. */
    private static KafkaSettings settings(String bootstrap, String pages, String prefix) {
        KafkaSettings env = KafkaSettings.from(Optional.of(bootstrap));
        return new KafkaSettings(bootstrap, pages, prefix + ".articles", env.pagePartitions(), env.articlePartitions(),
                env.replication(), prefix + ".workers", prefix + ".placer", prefix + ".stored", env.storedPartitions(),
                prefix + ".search-");
    }

    /** {@code marsad ingest --threads N} into its own schema: the one-machine figure of the same run. */
    private Run single(Path input, BenchStore store, Path dir) throws Exception {
        out.printf(Locale.ROOT, "  single process (marsad ingest --threads %d, PostgreSQL), load average %.2f:%n",
                threads, BenchSetup.load());
        out.flush();
        long start = System.nanoTime();
        long first = -1;
        double cpu;
        try (ChildJvm ingest = ChildJvm.start("ingest", placerHeap, Map.of(), List.of("MARSAD_KAFKA_BOOTSTRAP"),
                dir.resolve("single.log"), "ingest", "--db", store.url(), "--threads", String.valueOf(threads),
                input.toString())) {
            double lastCpu = 0;
            while (true) {
                boolean running = ingest.alive();
                if (running) {
                    lastCpu = ingest.cpuSeconds();
                }
                if (first < 0 && store.rows() > 0) {
                    first = System.nanoTime();
                }
                if (!running) {
                    break;
                }
                Thread.sleep(SAMPLE_MILLIS);
            }
            cpu = lastCpu;
            int code = ingest.waitFor();
            if (code != 0 && code != 2) {
                throw new IllegalStateException("single-process ingest failed (exit " + code + "): " + ingest.tail());
            }
        }
        long end = System.nanoTime();
        return new Run("single process", (end - start) / 1e9, (end - Math.max(first, start)) / 1e9, store.articles(),
                store.rows(), store.stories(), store.membership(),
                String.format(Locale.ROOT, "CPU %.0f s (at least: sampled every %d ms)", cpu, SAMPLE_MILLIS));
    }

    /** {@code marsad ingest --kafka}: each address's page on the broker once, read by each distributed run. */
    private void publish(Path input, KafkaSettings settings, BenchStore store, Path dir, int addresses, int total)
            throws Exception {
        long start = System.nanoTime();
        try (ChildJvm ingest = ChildJvm.start("ingest --kafka", "1g", settings.environment(), List.of(),
                dir.resolve("publish.log"), "ingest", "--kafka", settings.bootstrap(), "--db", store.url(),
                input.toString())) {
            int code = ingest.waitFor();
            if (code != 0) {
                throw new IllegalStateException("ingest --kafka failed (exit " + code + "): " + ingest.tail());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Offsets offsets = new Offsets(settings.bootstrap())) {
            long published = offsets.end(settings.pagesTopic());
            out.printf(Locale.ROOT, "  published: %d pages to %s (%d partitions) by ingest --kafka in %.1f s = %.1f "
                            + "pages/s (each page awaits the broker's acknowledgement)%n", published,
                    settings.pagesTopic(), settings.pagePartitions(), seconds, published / seconds);
            if (addresses < total) {
                out.printf(Locale.ROOT, "    (%d lines repeat an address of an earlier line: skipped, as the single "
                        + "process skips them)%n", total - addresses);
            }
            if (published != addresses) {
                throw new IllegalStateException("published " + published + " pages of " + addresses + " addresses");
            }
        }
        out.flush();
    }

    /** One distributed run: the placer and {@code count} workers, until every page is analysed and placed. */
    private Run distributed(int count, KafkaSettings settings, BenchStore store, Offsets offsets, int total, Path dir)
            throws Exception {
        Topics.ensure(settings);
        out.printf(Locale.ROOT, "  %d worker%s + placer (articles topic %s), load average %.2f:%n", count,
                count == 1 ? "" : "s", settings.articlesTopic(), BenchSetup.load());
        out.flush();
        Map<String, String> env = settings.environment();
        long pages = offsets.end(settings.pagesTopic());
        double brokerCpuBefore = ownCpuSeconds();
        long start = System.nanoTime();
        List<ChildJvm> children = new ArrayList<>();
        try {
            List<String> placerOptions = placerJvmOptions.stream()
                    .map(o -> o.replace("%d", String.valueOf(count))).toList();
            List<String> placerArgs = new ArrayList<>(List.of("placer", "--kafka", settings.bootstrap(), "--db", store.url()));
            placerArgs.addAll(placerCommandOptions);
            ChildJvm placer = ChildJvm.start("placer", placerHeap, placerOptions, env, List.of(),
                    dir.resolve("placer-" + count + ".log"), placerArgs.toArray(String[]::new));
            children.add(placer);
            List<ChildJvm> workerJvms = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ChildJvm worker = ChildJvm.start("worker " + (i + 1), workerHeap, env, List.of(),
                        dir.resolve("worker-" + count + "-" + i + ".log"), "worker", "--kafka", settings.bootstrap());
                children.add(worker);
                workerJvms.add(worker);
            }
            long first = -1;
            long drained = -1;
            long maxLag = 0;
            double lagSum = 0;
            long lagSamples = 0;
            long lastProgress = System.nanoTime();
            long lastMark = -1;
            double[] cpu = new double[children.size()];
            Map<String, Double> placerThreads = Map.of();
            while (true) {
                long analysed = offsets.committed(settings.workerGroup());
                long articles = offsets.end(settings.articlesTopic());
                long placed = offsets.committed(settings.placerGroup());
                long now = System.nanoTime();
                if (first < 0 && articles > 0) {
                    first = now;
                }
                if (drained < 0 && analysed >= pages) {
                    drained = now;
                }
                if (first >= 0) {
                    long lag = Math.max(0, articles - placed);
                    maxLag = Math.max(maxLag, lag);
                    lagSum += lag;
                    lagSamples++;
                }
                if (analysed + placed != lastMark) {
                    lastMark = analysed + placed;
                    lastProgress = now;
                } else if (now - lastProgress > stall.toNanos()) {
                    throw new IllegalStateException("no progress for " + stall + " (" + analysed + " of " + pages
                            + " pages analysed, " + placed + " of " + articles + " articles placed)");
                }
                for (int i = 0; i < children.size(); i++) {
                    children.get(i).checkAlive();
                    cpu[i] = children.get(i).cpuSeconds();
                }
                Map<String, Double> threadsNow = placer.threadCpuSeconds();
                if (!threadsNow.isEmpty()) {
                    placerThreads = threadsNow;
                }
                if (drained >= 0 && placed >= articles) {
                    break;
                }
                Thread.sleep(SAMPLE_MILLIS);
            }
            long end = System.nanoTime();
            double brokerCpu = ownCpuSeconds() - brokerCpuBefore;
            double workerCpu = 0;
            for (int i = 1; i < cpu.length; i++) {
                workerCpu += cpu[i];
            }
            String detail = String.format(Locale.ROOT, "analysis (first article on the topic → last page analysed) "
                            + "%.1f s = %.1f articles/s; placer lag behind the workers: at most %d articles, %.0f on "
                            + "average, the last article stored %.1f s after the last page was analysed; %s; CPU: "
                            + "workers %.0f s, placer %.0f s (%s), this JVM (%s) %.0f s",
                    (drained - first) / 1e9, total / ((drained - first) / 1e9), maxLag,
                    lagSamples == 0 ? 0.0 : lagSum / lagSamples, (end - drained) / 1e9,
                    PlacerReplays.of(dir.resolve("placer-" + count + ".log")).describe(), workerCpu, cpu[0],
                    ThreadCpu.of(placerThreads).describe(total), kafka == null ? "broker, sampling" : "sampling",
                    brokerCpu);
            return new Run(count + " worker" + (count == 1 ? "" : "s"), (end - start) / 1e9, (end - first) / 1e9,
                    store.articles(), store.rows(), store.stories(), store.membership(), detail);
        } finally {
            for (ChildJvm child : children) {
                child.close();
            }
        }
    }

    private void print(Run run, int total, Run single) {
        out.printf(Locale.ROOT, "    %s: %d articles in %.1f s = %.1f articles/s end to end (process starts "
                        + "included); %.1f articles/s from the first article; %d articles stored (%d rows), %d stories%n",
                run.name(), total, run.seconds(), total / run.seconds(), total / run.afterFirstSeconds(), run.stored(),
                run.rows(), run.stories());
        out.println("      " + run.detail());
        if (single != null) {
            long lost = single.membership().keySet().stream().filter(a -> !run.membership().containsKey(a)).count();
            long extra = run.membership().keySet().stream().filter(a -> !single.membership().containsKey(a)).count();
            out.printf(Locale.ROOT, "      against the single process: %d articles missing, %d not in it, %d doubled; "
                            + "stories B-cubed F1 %.4f%n", lost, extra, run.rows() - run.stored(),
                    StoryAgreement.bcubedF1(run.membership(), single.membership()));
        }
        out.flush();
    }

    private void summary(Run single, List<Run> runs, int total) {
        out.printf(Locale.ROOT, "  summary (articles/s end to end): single process %.1f", total / single.seconds());
        runs.forEach(r -> out.printf(Locale.ROOT, "; %s %.1f (×%.2f the single process)", r.name(),
                total / r.seconds(), single.seconds() / r.seconds()));
        out.println();
        for (int i = 1; i < runs.size(); i++) {
            Run a = runs.get(0);
            Run b = runs.get(i);
            out.printf(Locale.ROOT, "  scaling %s → %s: ×%.2f end to end, ×%.2f from the first article%n", a.name(),
                    b.name(), a.seconds() / b.seconds(), a.afterFirstSeconds() / b.afterFirstSeconds());
        }
        out.flush();
    }

    /** CPU time of this JVM so far (the in-JVM broker and the bench's own sampling). */
    private static double ownCpuSeconds() {
        // ProcessHandle is portable (com.sun.management is not); the OS reports it where it can.
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }
}
