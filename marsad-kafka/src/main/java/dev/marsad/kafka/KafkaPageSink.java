package dev.marsad.kafka;

import dev.marsad.app.ingest.IngestService.IngestResult;
import dev.marsad.app.ingest.PageSink;
import dev.marsad.model.ArticleMetadata;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code ingest}/{@code watch --kafka}: each fetched page goes to the pages topic for the workers. Sends are
 * asynchronous; the end of a batch waits until the broker has every page of it ({@link #endBatch}), so a command
 * that reports success has lost nothing, and a feed poll is remembered only after its pages are on the broker.
 */
public final class KafkaPageSink implements PageSink {
    private final Producer<String, byte[]> producer;
    private final String topic;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    /**
     * Fetch order: microseconds of the wall clock at start, then one more per page, so a restarted publisher goes on
     * above where it was (unless it publishes over a million pages a second).
     */
    private long fetched = System.currentTimeMillis() * 1000;

    public KafkaPageSink(KafkaSettings settings) {
        this.producer = new KafkaProducer<>(KafkaClients.producer(settings.bootstrap(), "marsad-ingest"),
                new StringSerializer(), new ByteArraySerializer());
        this.topic = settings.pagesTopic();
    }

    @Override
    public IngestResult ingest(String source, byte[] body, Optional<String> contentType, ArticleMetadata hints) {
        throwIfFailed();
        producer.send(new PageMessage(source, body, contentType, hints, fetched++).toRecord(topic), (meta, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
        return new IngestResult(source, List.of(), 0, Optional.empty());
    }

    @Override
    public void endBatch() {
        producer.flush();
        throwIfFailed();
    }

    @Override
    public void newRun() {
        // Extraction runs are the workers' business.
    }

    @Override
    public boolean stores() {
        return false;
    }

    @Override
    public void close() {
        producer.close();
    }

    private void throwIfFailed() {
        Exception e = failure.get();
        if (e != null) {
            throw new IllegalStateException("Kafka topic " + topic + ": a page could not be published (" + e.getMessage() + ")", e);
        }
    }
}
