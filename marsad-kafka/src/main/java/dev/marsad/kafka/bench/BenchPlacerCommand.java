package dev.marsad.kafka.bench;

import dev.marsad.adapter.files.ArchiveReader;
import dev.marsad.app.bench.PublicationOrder;
import dev.marsad.app.ingest.ArticleAnalyzer;
import dev.marsad.kafka.KafkaSettings;
import dev.marsad.kafka.PreparedMessage;
import dev.marsad.kafka.PublisherRun;
import dev.marsad.kafka.Topics;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench placer} (issue 16): the distributed mode's placer alone, on one articles topic filled once,
 * so that placer settings are compared on the same input in the same run. The first N articles of the stream of
 * {@code bench distributed} are prepared here as a worker prepares them ({@link ArticleAnalyzer#prepare}, one
 * publisher run) and published to an articles topic once; then, for each {@code --variant} (the placer's options;
 * each round runs them all once, in order), a {@code marsad placer} process of its own (as deployed) reads the whole topic into a fresh PostgreSQL
 * schema under a fresh group, with the backlog waiting on the broker from the start (the placer's situation while
 * workers outrun it). Reported per run: articles/s from the placer's start (JVM start and model loading included)
 * to the last offset committed, and CPU seconds of the process and of its threads (the placer's thread, the
 * finishing thread, the JIT compilers, the garbage collector); then whether each run stored exactly the articles,
 * stories and story membership of the first run.
 */
@Command(name = "placer", mixinStandardHelpOptions = true,
        description = "The placer alone on one articles topic of prepared pages, once per --variant of its options: "
                + "articles/s, CPU by thread, and the stores compared.")
public final class BenchPlacerCommand implements Callable<Integer> {
    private static final long SAMPLE_MILLIS = 500;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The shared data directory (default: ../shared/data from here, else beside the repository).")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "3000",
            description = "The first N articles in publication order (default: ${DEFAULT-VALUE}).")
    int limit = 3000;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "PostgreSQL server to fill (a fresh schema per run, dropped at the end; default: $MARSAD_DB_URL).")
    String db;

    @Option(names = "--kafka", paramLabel = "HOST:PORT",
            description = "A running broker to use (default: a single-node KRaft broker started in this JVM).")
    String kafka;

    @Option(names = "--variant", paramLabel = "OPTIONS",
            description = "The placer's options of one run, space-separated (repeatable, e.g. "
                    + "--variant='--finish-ahead 0'; default: \"--finish-ahead 0 --batch-max 10s\", the placer of one "
                    + "thread as it was, then \"\", its defaults).")
    List<String> variants;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
            description = "Runs of each variant, alternating (default: ${DEFAULT-VALUE}).")
    int rounds = 1;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads preparing the pages before the runs (default: the number of cores, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--placer-heap", paramLabel = "SIZE", defaultValue = "4g",
            description = "-Xmx of the placer (default: ${DEFAULT-VALUE}).")
    String placerHeap = "4g";

    @Option(names = "--placer-jvm-option", paramLabel = "OPTION",
            description = "An option for the placer's java, e.g. -XX:StartFlightRecording=filename=placer-%%d.jfr; "
                    + "%%d becomes the run's number (repeatable).")
    List<String> placerJvmOptions = new ArrayList<>();

    @Option(names = "--keep", description = "Keep the PostgreSQL schemas (their names are printed).")
    boolean keep;

    private PrintWriter out;

    /** One placer run's figures. */
    private record Run(String name, double seconds, double cpu, Map<String, Double> threadCpu, long stored, long rows,
                       long stories, Map<String, String> membership, String digest) {
    }

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        if (variants == null || variants.isEmpty()) {
            variants = List.of("--finish-ahead 0 --batch-max 10s", "");
        }
        if (limit < 1 || rounds < 1 || threads < 1) {
            spec.commandLine().getErr().println("marsad: --limit, --rounds and --threads must be 1 or more");
            return 2;
        }
        return BenchSetup.withArchivesAndStore("placer", data, db,
                "no PostgreSQL server (--db jdbc:postgresql://… or $MARSAD_DB_URL)", out, this::run);
    }

    private int run(List<Path> archives, String url, Path dir) throws Exception {
        BenchSetup.header("placer", out);
        List<ArchiveReader.Entry.Article> all = PublicationOrder.read(archives);
        List<ArchiveReader.Entry.Article> input = List.copyOf(all.subList(0, Math.min(limit, all.size())));
        out.printf(Locale.ROOT, "  input: %d of %d articles in publication order, %s .. %s%n", input.size(),
                all.size(), input.get(0).published().orElse("?"), input.get(input.size() - 1).published().orElse("?"));
        all = null;
        out.flush();
        long start = System.nanoTime();
        List<Optional<NewsPipeline.Prepared>> prepared = prepare(input);
        out.printf(Locale.ROOT, "  prepared (as a worker does) on %d threads in %.1f s%n", threads,
                (System.nanoTime() - start) / 1e9);
        out.flush();

        String stamp = "pb" + Instant.now().getEpochSecond();
        List<BenchStore> stores = new ArrayList<>();
        BenchBroker started = null;
        try {
            String bootstrap;
            if (kafka != null) {
                bootstrap = kafka;
            } else {
                started = new BenchBroker();
                bootstrap = started.bootstrap();
            }
            out.println("  broker: " + bootstrap + (kafka != null ? " (given)" : " (single-node KRaft in this JVM)"));
            KafkaSettings base = settings(bootstrap, stamp, "base");
            Topics.ensure(base);
            long articles = publish(base, prepared);
            List<Run> runs = new ArrayList<>();
            try (Offsets offsets = new Offsets(bootstrap)) {
                int n = 0;
                for (int round = 1; round <= rounds; round++) {
                    for (String variant : variants) {
                        n++;
                        BenchStore store = BenchStore.fresh(url, stamp + "_r" + n);
                        stores.add(store);
                        Run run = place(n, variant, settings(bootstrap, stamp, "r" + n), store, offsets, articles, dir);
                        print(run, articles, runs.isEmpty() ? null : runs.get(0));
                        runs.add(run);
                    }
                }
            }
            summary(runs, articles);
        } finally {
            BenchSetup.release(started, stores, keep, out);
        }
        return 0;
    }

    /** Each article's page prepared as a worker prepares it (the archive's body and hints, as ingest sends them). */
    private List<Optional<NewsPipeline.Prepared>> prepare(List<ArchiveReader.Entry.Article> input) throws Exception {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(NewsPipeline.standard(PipelineConfig.DEFAULT));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Optional<NewsPipeline.Prepared>>> futures = new ArrayList<>();
            for (ArchiveReader.Entry.Article a : input) {
                futures.add(pool.submit(() -> {
                    String page = a.title().map(t -> t + "\n\n").orElse("") + a.text();
                    ArticleMetadata hints = ArticleMetadata.EMPTY.withTitle(a.title()).withPublished(a.published())
                            .withOutlet(a.outlet());
                    return analyzer.prepare(a.source(), page.getBytes(StandardCharsets.UTF_8),
                            Optional.of("text/plain; charset=utf-8"), hints).page()
                            .filter(p -> !p.articles().isEmpty());
                }));
            }
            List<Optional<NewsPipeline.Prepared>> out = new ArrayList<>();
            for (Future<Optional<NewsPipeline.Prepared>> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The prepared pages on the articles topic, in order, one publisher run (as {@code ingest --kafka} names it). */
    private long publish(KafkaSettings settings, List<Optional<NewsPipeline.Prepared>> pages) {
        long fetched = System.currentTimeMillis() * 1000;
        Optional<PublisherRun> run = Optional.of(new PublisherRun(fetched, 0));
        long sent = 0;
        java.util.Properties props = new java.util.Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-placer");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            for (Optional<NewsPipeline.Prepared> page : pages) {
                long at = fetched++;
                if (page.isPresent()) {
                    producer.send(new ProducerRecord<>(settings.articlesTopic(),
                            PreparedMessage.partitionKey(page.get()), PreparedMessage.write(page.get(), at, run)));
                    sent++;
                }
            }
            producer.flush();
        }
        out.printf(Locale.ROOT, "  published: %d prepared pages to %s (%d partitions)%n", sent,
                settings.articlesTopic(), settings.articlePartitions());
        out.flush();
        return sent;
    }

    /** One placer process with the options of {@code variant} over the whole topic, until it committed every page. */
    private Run place(int n, String variant, KafkaSettings settings, BenchStore store, Offsets offsets, long articles,
                      Path dir) throws Exception {
        String name = "run " + n + " (placer " + (variant.isBlank() ? "defaults" : variant.strip()) + ")";
        out.printf(Locale.ROOT, "  %s, load average %.2f:%n", name, BenchSetup.load());
        out.flush();
        List<String> options = placerJvmOptions.stream().map(o -> o.replace("%d", String.valueOf(n))).toList();
        long start = System.nanoTime();
        double cpu = 0;
        Map<String, Double> threadCpu = Map.of();
        // --max-wait 1s: every page is on the broker from the start, so holding the last ones only adds to the end.
        List<String> args = new ArrayList<>(List.of("placer", "--kafka", settings.bootstrap(), "--db", store.url(),
                "--max-wait", "1s"));
        if (!variant.isBlank()) {
            args.addAll(List.of(variant.strip().split("\\s+")));
        }
        try (ChildJvm placer = ChildJvm.start("placer", placerHeap, options, settings.environment(), List.of(),
                dir.resolve("placer-" + n + ".log"), args.toArray(String[]::new))) {
            while (offsets.committed(settings.placerGroup()) < articles) {
                placer.checkAlive();
                cpu = placer.cpuSeconds();
                threadCpu = placer.threadCpuSeconds();
                Thread.sleep(SAMPLE_MILLIS);
            }
            cpu = placer.cpuSeconds();
            threadCpu = placer.threadCpuSeconds();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(name, seconds, cpu, threadCpu, store.articles(), store.rows(), store.stories(),
                store.membership(), store.digest());
    }

    private void print(Run run, long articles, Run first) {
        out.printf(Locale.ROOT, "    %d articles in %.1f s = %.1f articles/s (placer start to last commit); "
                        + "%d stored (%d rows), %d stories%n", articles, run.seconds(), articles / run.seconds(),
                run.stored(), run.rows(), run.stories());
        out.printf(Locale.ROOT, "    digest %s%n", run.digest());
        out.printf(Locale.ROOT, "    CPU: process %.1f s = %.1f ms an article; %s%n", run.cpu(),
                1000 * run.cpu() / articles, ThreadCpu.of(run.threadCpu()).describe(articles));
        if (first != null) {
            out.printf(Locale.ROOT, "    against run 1: articles and their analyses %s, story membership %s "
                            + "(B-cubed F1 %.4f)%n", run.digest().equals(first.digest()) ? "identical" : "DIFFER",
                    run.membership().equals(first.membership()) ? "identical" : "DIFFERS",
                    StoryAgreement.bcubedF1(run.membership(), first.membership()));
        }
        out.flush();
    }

    private void summary(List<Run> runs, long articles) {
        out.print("  summary (articles/s):");
        runs.forEach(r -> out.printf(Locale.ROOT, " %s %.1f (CPU %.1f ms an article);", r.name(), articles / r.seconds(),
                1000 * r.cpu() / articles));
        out.println();
        out.flush();
    }

    /** This run's own articles topic (one for all runs: {@code base}) and groups. */
    private static KafkaSettings settings(String bootstrap, String stamp, String run) {
        KafkaSettings env = KafkaSettings.from(Optional.of(bootstrap));
        return new KafkaSettings(bootstrap, stamp + ".pages", stamp + ".articles", env.pagePartitions(),
                env.articlePartitions(), env.replication(), stamp + ".workers", stamp + "." + run + ".placer",
                stamp + "." + run + ".stored", env.storedPartitions(), stamp + "." + run + ".search-");
    }
}
