package dev.marsad.kafka.bench;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node Kafka 4 cluster (KRaft, broker and controller in one) in this JVM, from Kafka's own test kit,
 * for {@code bench distributed} on a machine without a broker. Its classes are not in the deployed libraries
 * (target/lib); the launcher adds target/broker-lib for the bench only.
 */
public final class BenchBroker implements AutoCloseable {
    private final KafkaClusterTestKit cluster;

    BenchBroker() throws Exception {
        // Formatting prints the bootstrap metadata to System.out: keep the bench's output to its figures.
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream(), true,
                java.nio.charset.StandardCharsets.UTF_8));
        try {
            cluster = startCluster();
        } finally {
            System.setOut(stdout);
        }
    }

    /** A started single-node KRaft cluster (broker and controller in one) in this JVM; the tests' broker too. */
    public static KafkaClusterTestKit startCluster() throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "3")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        return cluster;
    }

    String bootstrap() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
