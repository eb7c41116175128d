package dev.marsad.kafka;

import dev.marsad.adapter.search.LuceneSearchIndex;
import dev.marsad.app.server.SearchFeed;
import dev.marsad.app.server.SearchFollower;
import dev.marsad.model.StoredArticle;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.InvalidOffsetException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A server's search index fed from the stored topic ({@link StoredMessage}, what the placer committed to PostgreSQL).
 *
 * <ul>
 *   <li><b>Offsets kept with the index.</b> Each poll's articles are indexed by article id (a copy replaces the
 *       article) and committed to Lucene together with the position reached on every partition, in the commit's user
 *       data ({@link LuceneSearchIndex#indexAll(List, Map)}). A server killed at any moment restarts from its last
 *       Lucene commit: what it had indexed since is read and indexed again, nothing is lost and nothing doubled. The
 *       same offsets are then committed to the server's own consumer group ({@code marsad-search-NODE}), only so that
 *       Kafka's tools show each server's lag.</li>
 *   <li><b>Where it starts</b> ({@link #start}). An index committed with offsets on this topic that the topic still
 *       holds resumes from them. Any other index (a new data directory, another version's index, a server down past
 *       the topic's retention, the topic created again) is rebuilt from the store, and the feed then reads the topic
 *       from the end offsets it took <em>before</em> reading the store: the placer publishes an article only after
 *       its database commit, so every article below those offsets is in the store the rebuild reads, and every
 *       article after them is on the topic (one stored and published meanwhile is indexed twice, harmlessly).</li>
 *   <li>Every partition is read by this server alone ({@code assign}, not a group subscription): two servers given
 *       the same node name would otherwise split the partitions and each index only part of the articles.</li>
 * </ul>
 * {@link #start} and {@link #run} on one thread; {@link #close} and {@link #published} from any.
 */
final class KafkaSearchFeed implements SearchFeed {
    /** Articles read (and committed to Lucene) at a time. */
    static final int MAX_POLL_RECORDS = 500;
    /** How often the topic's partition count is read again (partitions added while the server runs). */
    private static final long PARTITIONS_EVERY_MILLIS = 60_000;

    private final KafkaSettings settings;
    private final LuceneSearchIndex index;
    private final SearchFollower store;
    private final PrintWriter err;
    private final Consumer<String, String> consumer;
    private final String node;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);
    /** Guards {@link #running} and {@link #closed}: a feed closed before it ran closes its consumer itself. */
    private final Object lifecycle = new Object();
    private boolean running;
    private boolean closed;
    private StoredPublisher publisher;
    private Map<TopicPartition, Long> marked = Map.of();
    private long partitionsRead;
    private volatile long indexed;

    KafkaSearchFeed(KafkaSettings settings, String node, LuceneSearchIndex index, SearchFollower store,
                    PrintWriter err) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.node = Objects.requireNonNull(node, "node");
        this.index = Objects.requireNonNull(index, "index");
        this.store = Objects.requireNonNull(store, "store");
        this.err = Objects.requireNonNull(err, "err");
        Properties properties = KafkaClients.consumer(settings.bootstrap(), settings.searchGroup(node), MAX_POLL_RECORDS);
        // Never skip to another offset by itself: a position the topic no longer holds (the server fell behind its
        // retention while running) stops the feed, and the next start rebuilds the index from the store.
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        this.consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    /** Articles indexed from the topic so far (copies included). */
    long indexed() {
        return indexed;
    }

    @Override
    public String start() {
        List<TopicPartition> partitions = partitions();
        consumer.assign(partitions);
        partitionsRead = System.currentTimeMillis();
        Map<TopicPartition, Long> first = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> kept = Marks.read(index.marks(), settings.storedTopic());
        String why = resumeRefusal(kept, first, end);
        if (why.isEmpty()) {
            partitions.forEach(p -> consumer.seek(p, kept.getOrDefault(p, 0L)));
            marked = Map.copyOf(kept);
            long behind = partitions.stream().mapToLong(p -> end.get(p) - kept.getOrDefault(p, 0L)).sum();
            return "resumed from its last commit on " + settings.storedTopic() + " (" + behind + " articles behind), "
                    + "group " + settings.searchGroup(node);
        }
        // The end offsets before the store is read: see the class comment.
        store.rebuild();
        Map<TopicPartition, Long> from = new HashMap<>(end);
        index.indexAll(List.of(), Marks.of(from));
        partitions.forEach(p -> consumer.seek(p, from.get(p)));
        marked = Map.copyOf(from);
        return "rebuilt from the store (" + why + "), then fed from " + settings.storedTopic() + ", group "
                + settings.searchGroup(node);
    }

    /** Why the index cannot resume from the offsets it kept; empty when it can. */
    private String resumeRefusal(Map<TopicPartition, Long> kept, Map<TopicPartition, Long> first,
                                 Map<TopicPartition, Long> end) {
        if (kept.isEmpty()) {
            return "the index holds no position on " + settings.storedTopic();
        }
        for (TopicPartition p : first.keySet()) {
            long at = kept.getOrDefault(p, 0L);
            if (at < first.get(p)) {
                return "articles after its last commit are gone from " + p + " (retention)";
            }
            if (at > end.get(p)) {
                return p + " holds fewer articles than the index has read (the topic was created again)";
            }
        }
        return "";
    }

    @Override
    public void run() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            running = true;
        }
        try {
            while (!stopping.get()) {
                List<StoredArticle> articles = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    String where = record.topic() + "-" + record.partition() + "@" + record.offset();
                    try {
                        articles.add(StoredMessage.read(Objects.requireNonNullElse(record.value(), ""), where));
                    } catch (IllegalArgumentException e) {
                        err.println("marsad: " + e.getMessage());
                        err.flush();
                    }
                }
                commit(articles);
                if (System.currentTimeMillis() - partitionsRead >= PARTITIONS_EVERY_MILLIS) {
                    takeNewPartitions();
                }
            }
        } catch (WakeupException e) {
            if (!stopping.get()) {
                throw e;
            }
        } catch (InvalidOffsetException e) {
            throw new IllegalStateException("articles this server has not indexed are gone from "
                    + settings.storedTopic() + " (" + e.partitions() + ", retention): start it again to rebuild its "
                    + "search index from the store", e);
        } finally {
            release();
            ended.countDown();
        }
    }

    private void release() {
        consumer.close();
        synchronized (this) {
            if (publisher != null) {
                publisher.close();
            }
        }
    }

    /** Indexes {@code articles} and commits them with the positions reached, when anything moved. */
    private void commit(List<StoredArticle> articles) {
        Map<TopicPartition, Long> at = new HashMap<>();
        for (TopicPartition p : consumer.assignment()) {
            at.put(p, consumer.position(p));
        }
        if (articles.isEmpty() && at.equals(marked)) {
            return;
        }
        index.indexAll(articles, Marks.of(at));
        marked = Map.copyOf(at);
        indexed += articles.size();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        at.forEach((p, offset) -> offsets.put(p, new OffsetAndMetadata(offset)));
        // For Kafka's tools only (the index's commit is what counts): a failure here loses nothing.
        consumer.commitAsync(offsets, (done, e) -> { });
    }

    /** Partitions added to the topic since the last look are read from their start. */
    private void takeNewPartitions() {
        partitionsRead = System.currentTimeMillis();
        List<TopicPartition> now = partitions();
        Collection<TopicPartition> had = consumer.assignment();
        if (had.containsAll(now)) {
            return;
        }
        Map<TopicPartition, Long> positions = new HashMap<>();
        had.forEach(p -> positions.put(p, consumer.position(p)));
        consumer.assign(now);
        for (TopicPartition p : now) {
            consumer.seek(p, positions.getOrDefault(p, 0L));
        }
    }

    private List<TopicPartition> partitions() {
        List<PartitionInfo> infos = consumer.partitionsFor(settings.storedTopic(), Duration.ofSeconds(60));
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("Kafka at " + settings.bootstrap() + " has no topic "
                    + settings.storedTopic());
        }
        return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
    }

    @Override
    public void published(StoredArticle article) {
        StoredPublisher p;
        synchronized (this) {
            if (publisher == null) {
                publisher = new StoredPublisher(settings, "marsad-search-" + node + "-stored");
            }
            p = publisher;
        }
        p.publish(article);
        p.flush();
    }

    @Override
    public void close() {
        synchronized (lifecycle) {
            stopping.set(true);
            if (closed) {
                return;
            }
            closed = true;
            if (!running) {
                release();
                return;
            }
        }
        consumer.wakeup();
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The offsets of one topic as the index's commit marks: {@code TOPIC:PARTITION} → next offset to read. */
    static final class Marks {
        private Marks() {
        }

        static Map<String, String> of(Map<TopicPartition, Long> offsets) {
            Map<String, String> marks = new HashMap<>();
            offsets.forEach((p, offset) -> marks.put(p.topic() + ":" + p.partition(), Long.toString(offset)));
            return marks;
        }

        /** The offsets on {@code topic} among {@code marks}; empty when none (or a mark is not one). */
        static Map<TopicPartition, Long> read(Map<String, String> marks, String topic) {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            for (Map.Entry<String, String> mark : marks.entrySet()) {
                int colon = mark.getKey().lastIndexOf(':');
                if (colon < 0 || !mark.getKey().substring(0, colon).equals(topic)) {
                    continue;
                }
                try {
                    offsets.put(new TopicPartition(topic, Integer.parseInt(mark.getKey().substring(colon + 1))),
                            Long.parseLong(mark.getValue()));
                } catch (NumberFormatException e) {
                    return Map.of();
                }
            }
            return offsets;
        }
    }
}
