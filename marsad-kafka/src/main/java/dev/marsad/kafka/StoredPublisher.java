package dev.marsad.kafka;

import dev.marsad.app.ingest.IngestService;
import dev.marsad.model.StoredArticle;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes what the placer stored to the stored topic ({@link StoredMessage}, keyed by article id), for every
 * server's search index ({@link SearchFeed}). The placer hands it each page's articles once they are committed to
 * PostgreSQL ({@link #placed}) and, before it commits the pages' offsets, waits for the broker to have them all
 * ({@link #flush}): a placer killed in between reads the pages again, finds their articles stored and publishes them
 * again, so no stored article is missing from the topic; a copy is harmless (a server indexes by article id).
 */
final class StoredPublisher implements AutoCloseable {
    private final KafkaProducer<String, String> producer;
    private final String topic;
    /** The first send the broker refused; reported (and the offsets left uncommitted) at the next flush. */
    private final AtomicReference<Exception> failed = new AtomicReference<>();

    StoredPublisher(KafkaSettings settings, String clientId) {
        this.topic = Objects.requireNonNull(settings.storedTopic(), "storedTopic");
        this.producer = new KafkaProducer<>(KafkaClients.producer(settings.bootstrap(), clientId),
                new StringSerializer(), new StringSerializer());
    }

    /**
     * Sends every article of a written page: new ones and those the store already held (a page read again after a
     * kill may have been stored, but not published, before it).
     */
    void placed(IngestService.IngestResult result) {
        result.stored().forEach(this::publish);
    }

    /** {@code first}, then {@link #placed}: what the placer hands each written page to. */
    java.util.function.Consumer<IngestService.IngestResult> after(
            java.util.function.Consumer<IngestService.IngestResult> first) {
        return first.andThen(this::placed);
    }

    /** Sends one stored article (asynchronously; {@link #flush} waits for it). */
    void publish(StoredArticle article) {
        producer.send(new ProducerRecord<>(topic, article.id(), StoredMessage.write(article)), (metadata, e) -> {
            if (e != null) {
                failed.compareAndSet(null, e);
            }
        });
    }

    /** Returns once the broker has every article sent so far; throws when it refused one. */
    void flush() {
        producer.flush();
        Exception e = failed.get();
        if (e != null) {
            throw new IllegalStateException("cannot publish stored articles to " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
