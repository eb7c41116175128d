package dev.marsad.kafka;

import dev.marsad.model.ArticleMetadata;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * One fetched page on the pages topic: key the source (its URL or path), value the bytes as fetched (any encoding,
 * decoded by the worker), headers the content type and the hints a feed entry or archive line gave.
 *
 * @param source      the page's URL or path as given
 * @param body        the bytes as fetched
 * @param contentType the Content-Type header, when there was one
 * @param hints       title, date, outlet... that the page itself may not say
 * @param fetched     the publisher's fetch order: pages of one day are placed in it, as the single process places
 *                    them in the order it reads them
 * @param run         the publisher's extraction run when it fetched the page (header {@code run}); empty for a page
 *                    of a publisher that named none, which the placer finishes against one run of its own
 */
public record PageMessage(String source, byte[] body, Optional<String> contentType, ArticleMetadata hints,
                          long fetched, Optional<PublisherRun> run) {
    private static final String CONTENT_TYPE = "content-type";
    private static final String TITLE = "title";
    private static final String OUTLET = "outlet";
    private static final String AGENCY = "agency";
    private static final String PUBLISHED = "published";
    private static final String DATELINE = "dateline";
    private static final String LANGUAGE = "language";
    private static final String FETCHED = "fetched";
    private static final String RUN = "run";

    public PageMessage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(hints, "hints");
        Objects.requireNonNull(run, "run");
    }

    /** A page that names no run. */
    public PageMessage(String source, byte[] body, Optional<String> contentType, ArticleMetadata hints, long fetched) {
        this(source, body, contentType, hints, fetched, Optional.empty());
    }

    /** The record for {@code topic}, keyed by source so a page sent twice lands on one partition. */
    public ProducerRecord<String, byte[]> toRecord(String topic) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, source, body);
        Headers headers = record.headers();
        put(headers, CONTENT_TYPE, contentType);
        put(headers, TITLE, hints.title());
        put(headers, OUTLET, hints.outlet());
        put(headers, AGENCY, hints.agency());
        put(headers, PUBLISHED, hints.published());
        put(headers, DATELINE, hints.dateline());
        put(headers, LANGUAGE, hints.language());
        put(headers, FETCHED, Optional.of(Long.toString(fetched)));
        put(headers, RUN, run.map(PublisherRun::wire));
        return record;
    }

    /** The page a record carries; a record without a key (not written by Marsad) is an error naming its offset. */
    public static PageMessage of(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null || record.value() == null) {
            throw new IllegalArgumentException(record.topic() + "-" + record.partition() + "@" + record.offset()
                    + ": not a Marsad page (no key or no value)");
        }
        Headers h = record.headers();
        ArticleMetadata hints = new ArticleMetadata(get(h, TITLE), get(h, OUTLET), get(h, AGENCY), get(h, PUBLISHED),
                get(h, DATELINE), get(h, LANGUAGE));
        long fetched;
        try {
            fetched = get(h, FETCHED).map(Long::parseLong).orElse(record.timestamp());
        } catch (NumberFormatException e) {
            fetched = record.timestamp();
        }
        return new PageMessage(record.key(), record.value(), get(h, CONTENT_TYPE), hints, fetched,
                get(h, RUN).flatMap(PublisherRun::parse));
    }

    private static void put(Headers headers, String name, Optional<String> value) {
        value.ifPresent(v -> headers.add(name, v.getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<String> get(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
