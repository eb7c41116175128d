package dev.marsad.kafka;

import dev.marsad.app.ingest.ArticleAnalyzer;
import dev.marsad.pipeline.NewsPipeline;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One worker of the group that shares the pages topic: decode → clean → the run-independent part of extract (times,
 * the rules' and the tagger's name spans: most of the analysis's cost) for each page, with the same
 * {@link ArticleAnalyzer} as the single process, and publish the prepared page ({@link PreparedMessage}) to the
 * articles topic. The offsets of a poll are committed only after every message of it is on the broker, so a worker
 * killed at any moment leaves its pages to the group (at-least-once); the copies it may publish twice are one
 * article in the store, whose writes are keyed by content hash.
 *
 * <p>The rest of extraction (entity keys, speakers) reads and grows an extraction run, where later pages borrow full
 * names met on earlier ones; the placer does it against the publisher's run (which the worker copies from the
 * page's {@code run} header into the prepared page) in publication order, so a page's analysis is the single
 * process's whichever worker prepared it. A page that cannot be prepared is one error line naming it; the
 * rest goes on.
 *
 * <p>Workers keep in step ({@link GroupPace}): a page published more than {@code maxLead} after the group's slowest
 * partition is put back and its partition paused until the group catches up, so the workers' output stays within the
 * placer's lateness window however long a backlog lasts, however unequal their speeds and however few pages a
 * partition has.
 */
public final class Worker implements Runnable, AutoCloseable {
    /** Pages taken per poll: the work a killed worker leaves to be done again, at most. */
    static final int MAX_POLL_RECORDS = 50;
    /** Bytes fetched from one partition at a time: a few archive pages, one web page. */
    static final int PARTITION_FETCH_BYTES = 16 * 1024;
    /**
     * How far ahead of the group's slowest partition a worker may take pages (publish time): inside the placer's
     * lateness ({@link Placer#DEFAULT_LATENESS}, 5 s, also in publish time, so whatever the rate a backlog was
     * published at), and far above what a group that keeps up with live feeds ever sees.
     */
    public static final Duration DEFAULT_MAX_LEAD = Duration.ofSeconds(2);
    /** How often a worker asks the broker where the group is. */
    static final long PACE_CHECK_MILLIS = 1000;
    /** The wait between two polls while some partitions are paused and none has records. */
    private static final long PAUSED_WAIT_MILLIS = 100;

    private final KafkaSettings settings;
    private final ArticleAnalyzer analyzer;
    private final PrintWriter err;
    private final Consumer<String, byte[]> consumer;
    private final Producer<String, String> producer;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicLong pages = new AtomicLong();
    private final AtomicLong pauses = new AtomicLong();
    private final GroupPace pace;
    /** Per partition of this worker, the publish time of the last page it took there. */
    private final Map<TopicPartition, Long> taken = new HashMap<>();
    private List<TopicPartition> partitions = List.of();
    private long nextPaceCheck;
    /** The latest publish time this worker may take a page of, as of the last look at the group (empty: none). */
    private OptionalLong limit = OptionalLong.empty();

    public Worker(KafkaSettings settings, ArticleAnalyzer analyzer, PrintWriter err, String clientId) {
        this(settings, analyzer, err, clientId, DEFAULT_MAX_LEAD);
    }

    /**
     * @param maxLead how far (in publish time) a partition of this worker may run ahead of the group's slowest
     *                partition with pages waiting before it is paused ({@link GroupPace})
     */
    public Worker(KafkaSettings settings, ArticleAnalyzer analyzer, PrintWriter err, String clientId,
                  Duration maxLead) {
        this.pace = new GroupPace(maxLead.toMillis());
        this.settings = Objects.requireNonNull(settings, "settings");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.err = Objects.requireNonNull(err, "err");
        java.util.Properties props = KafkaClients.consumer(settings.bootstrap(), settings.workerGroup(), MAX_POLL_RECORDS);
        // Small fetches per partition, so a worker draining a backlog takes its partitions in turns of a few pages
        // rather than a megabyte of one partition after another: its output stays close to the fetch order, within
        // the placer's lateness window, where a page out of its day's order costs the placer a replay of the store.
        // (A page larger than this still comes whole: Kafka always returns the first batch.)
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
                String.valueOf(PARTITION_FETCH_BYTES));
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.producer = new KafkaProducer<>(KafkaClients.producer(settings.bootstrap(), clientId),
                new StringSerializer(), new StringSerializer());
    }

    /** Pages handled so far (analysed or failed). */
    public long pages() {
        return pages.get();
    }

    /** How often this worker paused a partition for being ahead of the group. */
    public long pauses() {
        return pauses.get();
    }

    @Override
    public void run() {
        consumer.subscribe(List.of(settings.pagesTopic()));
        try {
            while (!stopping.get()) {
                // Kafka 4.3's consumer spins inside poll for as long as it may wait while only paused partitions have
                // records buffered (KAFKA-21084: 10 % of the placer's CPU in bench distributed): with partitions
                // paused it is asked without waiting, and the worker waits here instead.
                boolean holding = !consumer.paused().isEmpty();
                if (nextPaceCheck == 0) {
                    keepPace(); // the group's limit before the first page is taken
                }
                ConsumerRecords<String, byte[]> records = consumer.poll(holding ? Duration.ZERO : Duration.ofMillis(500));
                if (records.isEmpty()) {
                    keepPace();
                    if (holding) {
                        Thread.sleep(PAUSED_WAIT_MILLIS);
                    }
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                List<Future<RecordMetadata>> sent = new ArrayList<>();
                Set<TopicPartition> heldBack = new HashSet<>();
                for (ConsumerRecord<String, byte[]> record : records) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (heldBack.contains(partition)) {
                        continue; // read again once resumed, from the page held back
                    }
                    if (limit.isPresent() && record.timestamp() > limit.getAsLong()) {
                        // Too far ahead of the group: put back, and say where this partition is (its next page).
                        consumer.seek(partition, record.offset());
                        consumer.pause(List.of(partition));
                        pauses.incrementAndGet();
                        heldBack.add(partition);
                        taken.put(partition, record.timestamp());
                        done.put(partition, new OffsetAndMetadata(record.offset(), String.valueOf(record.timestamp())));
                        continue;
                    }
                    handle(record).ifPresent(sent::add);
                    taken.put(partition, record.timestamp());
                    // The page's publish time beside the offset: where the group is, for every worker's pace.
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1, String.valueOf(record.timestamp())));
                }
                // Every analysis of the poll is on the broker before its pages are marked done.
                producer.flush();
                for (Future<RecordMetadata> f : sent) {
                    awaitSent(f);
                }
                consumer.commitSync(done);
                keepPace();
            }
        } catch (WakeupException e) {
            if (!stopping.get()) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopped: what was not committed is left to the group
        } finally {
            producer.close();
            consumer.close();
        }
    }

    /** At most every {@link #PACE_CHECK_MILLIS}: pauses the partitions too far ahead of the group, resumes the rest. */
    private void keepPace() {
        long now = System.currentTimeMillis();
        if (now < nextPaceCheck) {
            return;
        }
        nextPaceCheck = now + PACE_CHECK_MILLIS;
        if (partitions.isEmpty()) {
            partitions = consumer.partitionsFor(settings.pagesTopic()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        }
        Set<TopicPartition> all = new HashSet<>(partitions);
        Map<String, GroupPace.Committed> committed = new HashMap<>();
        consumer.committed(all).forEach((p, o) -> {
            if (o != null) {
                committed.put(p.toString(), GroupPace.Committed.of(o.offset(), o.metadata()));
            }
        });
        Map<String, Long> begins = new HashMap<>();
        consumer.beginningOffsets(all).forEach((p, begin) -> begins.put(p.toString(), begin));
        Map<String, Long> ends = new HashMap<>();
        consumer.endOffsets(all).forEach((p, end) -> ends.put(p.toString(), end));
        Set<TopicPartition> mine = consumer.assignment();
        taken.keySet().retainAll(mine);
        Map<String, Long> ours = new HashMap<>();
        taken.forEach((p, at) -> ours.put(p.toString(), at));
        OptionalLong slowest = GroupPace.slowest(committed, begins, ends);
        limit = pace.limit(slowest);
        Set<String> ahead = pace.ahead(ours, slowest);
        Set<TopicPartition> paused = consumer.paused();
        List<TopicPartition> pause = mine.stream().filter(p -> ahead.contains(p.toString()) && !paused.contains(p)).toList();
        List<TopicPartition> resume = paused.stream().filter(p -> !ahead.contains(p.toString())).toList();
        if (!pause.isEmpty()) {
            consumer.pause(pause);
            pauses.addAndGet(pause.size());
        }
        if (!resume.isEmpty()) {
            consumer.resume(resume);
        }
    }

    private static void awaitSent(Future<RecordMetadata> f) {
        try {
            f.get();
        } catch (ExecutionException e) {
            // Nothing of this poll is committed: the group hands its pages out again.
            throw new IllegalStateException("an analysis could not be published (" + e.getCause().getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        }
    }

    private Optional<Future<RecordMetadata>> handle(ConsumerRecord<String, byte[]> record) {
        pages.incrementAndGet();
        PageMessage page;
        try {
            page = PageMessage.of(record);
        } catch (IllegalArgumentException e) {
            err.println("marsad: " + e.getMessage());
            return Optional.empty();
        }
        // Only the run-independent part: the placer finishes each page against its publisher's extraction run, in
        // publication order, as the single process does (see the class comment).
        ArticleAnalyzer.Prepared prepared = analyzer.prepare(page.source(), page.body(), page.contentType(), page.hints());
        if (prepared.error().isPresent()) {
            err.println("marsad: " + prepared.error().get());
            return Optional.empty();
        }
        NewsPipeline.Prepared analysed = prepared.page().orElseThrow();
        if (analysed.articles().isEmpty()) {
            return Optional.empty();
        }
        // The page's publish time travels as the analysis's record time: the placer's lateness window settles pages
        // by it (ReorderBuffer), which the order workers finish in cannot tell.
        return Optional.of(producer.send(new ProducerRecord<>(settings.articlesTopic(), null,
                record.timestamp() < 0 ? null : record.timestamp(), PreparedMessage.partitionKey(analysed),
                PreparedMessage.write(analysed, page.fetched(), page.run()))));
    }

    /** Stops after the page in hand; what was not committed is left to the group. */
    @Override
    public void close() {
        stopping.set(true);
        consumer.wakeup();
    }
}
