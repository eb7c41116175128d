package dev.marsad.kafka;

import dev.marsad.app.ingest.ArticleAnalyzer;
import dev.marsad.pipeline.NewsPipeline;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * names met on earlier ones; the placer does it against its one run in publication order, so a page's analysis is
 * the single process's whichever worker prepared it. A page that cannot be prepared is one error line naming it; the
 * rest goes on.
 */
public final class Worker implements Runnable, AutoCloseable {
    /** Pages taken per poll: the work a killed worker leaves to be done again, at most. */
    static final int MAX_POLL_RECORDS = 50;
    /** Bytes fetched from one partition at a time: a few archive pages, one web page. */
    static final int PARTITION_FETCH_BYTES = 16 * 1024;

    private final KafkaSettings settings;
    private final ArticleAnalyzer analyzer;
    private final PrintWriter err;
    private final Consumer<String, byte[]> consumer;
    private final Producer<String, String> producer;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicLong pages = new AtomicLong();

    public Worker(KafkaSettings settings, ArticleAnalyzer analyzer, PrintWriter err, String clientId) {
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

    @Override
    public void run() {
        consumer.subscribe(List.of(settings.pagesTopic()));
        try {
            while (!stopping.get()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                List<Future<RecordMetadata>> sent = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : records) {
                    handle(record).ifPresent(sent::add);
                    done.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                }
                // Every analysis of the poll is on the broker before its pages are marked done.
                producer.flush();
                for (Future<RecordMetadata> f : sent) {
                    awaitSent(f);
                }
                consumer.commitSync(done);
            }
        } catch (WakeupException e) {
            if (!stopping.get()) {
                throw e;
            }
        } finally {
            producer.close();
            consumer.close();
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
        // Only the run-independent part: the placer finishes each page against its one extraction run, in
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
        return Optional.of(producer.send(new ProducerRecord<>(settings.articlesTopic(),
                PreparedMessage.partitionKey(analysed), PreparedMessage.write(analysed, page.fetched()))));
    }

    /** Stops after the page in hand; what was not committed is left to the group. */
    @Override
    public void close() {
        stopping.set(true);
        consumer.wakeup();
    }
}
