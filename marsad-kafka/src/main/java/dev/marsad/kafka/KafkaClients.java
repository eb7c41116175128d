package dev.marsad.kafka;

import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/** The client settings every Marsad process uses: what makes delivery at-least-once without doubles. */
final class KafkaClients {
    private KafkaClients() {
    }

    /**
     * A producer that waits for every in-sync replica and retries without duplicating or reordering
     * (idempotence); {@code buffer.memory} bounds what waits to be sent, and a full buffer blocks the sender:
     * back-pressure on a fetcher or worker that outruns the broker.
     */
    static Properties producer(String bootstrap, String clientId) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(8 * 1024 * 1024));
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(64L * 1024 * 1024));
        return p;
    }

    /**
     * A consumer of {@code group} that never commits by itself: offsets are committed by the process only once
     * what it made of the records is safely written (at-least-once).
     */
    static Properties consumer(String bootstrap, String group, int maxPollRecords) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(maxPollRecords));
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // The new consumer group protocol of Kafka 4 (KIP-848): rebalances without stopping the whole group.
        p.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer");
        return p;
    }
}
