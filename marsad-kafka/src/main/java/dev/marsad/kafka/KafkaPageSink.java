package dev.marsad.kafka;

import dev.marsad.app.ingest.IngestService.IngestResult;
import dev.marsad.app.ingest.PageSink;
import dev.marsad.model.ArticleMetadata;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code ingest}/{@code watch --kafka}: each fetched page goes to the pages topic for the workers. Each send waits
 * for the broker's acknowledgement (every in-sync replica), as the single process waits for its commit: a page
 * counted as published is on the broker, and what {@code watch} remembers of a feed (its validators, the entries it
 * took) never runs ahead of the pages it published, even on kill -9. A round trip per page costs little beside
 * fetching it politely.
 */
public final class KafkaPageSink implements PageSink {
    private final Producer<String, byte[]> producer;
    private final String topic;
    /**
     * Fetch order: microseconds of the wall clock at start, then one more per page, so a restarted publisher goes on
     * above where it was (unless it publishes over a million pages a second).
     */
    private long fetched = System.currentTimeMillis() * 1000;
    /** This publisher's name in the run header: its start stamp, the first fetch order. */
    private final long started = fetched;
    /** Fresh runs started so far ({@link #newRun}): pages carry it, and the placer starts a run when it changes. */
    private long runs;

    public KafkaPageSink(KafkaSettings settings) {
        Properties props = KafkaClients.producer(settings.bootstrap(), "marsad-ingest");
        // One page at a time, each awaited: waiting to fill a batch would only add to every page's round trip.
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.topic = settings.pagesTopic();
    }

    @Override
    public IngestResult ingest(String source, byte[] body, Optional<String> contentType, ArticleMetadata hints) {
        try {
            producer.send(new PageMessage(source, body, contentType, hints, fetched++,
                    Optional.of(new PublisherRun(started, runs))).toRecord(topic)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka topic " + topic + ": " + source + " could not be published ("
                    + e.getCause().getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + source, e);
        }
        return new IngestResult(source, List.of(), 0, Optional.empty());
    }

    @Override
    public void endBatch() {
        // Every page was acknowledged as it was sent.
    }

    @Override
    public void newRun() {
        // The placer finishes the pages against runs named after this one's (PlacerRuns), so it matches the single
        // process's run per ingest command and per watch poll.
        runs++;
    }

    @Override
    public boolean stores() {
        return false;
    }

    @Override
    public void close() {
        producer.close();
    }
}
