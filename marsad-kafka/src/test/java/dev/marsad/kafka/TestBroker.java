package dev.marsad.kafka;

import dev.marsad.kafka.bench.BenchBroker;
import org.apache.kafka.common.test.KafkaClusterTestKit;

/** A real single-node KRaft cluster (broker and controller in one) in this JVM, from Kafka's own test kit. */
final class TestBroker implements AutoCloseable {
    private final KafkaClusterTestKit cluster;

    TestBroker() throws Exception {
        cluster = BenchBroker.startCluster();
    }

    String bootstrap() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
