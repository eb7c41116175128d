package dev.marsad.kafka;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --kafka HOST:PORT}; the rest of the settings come from the environment ({@link KafkaSettings}). */
final class KafkaOptions {
    @Option(names = "--kafka", paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers (default: $MARSAD_KAFKA_BOOTSTRAP); topics and groups: see docs/DEPLOY.md.")
    String bootstrap;

    KafkaSettings settings() {
        return KafkaSettings.from(Optional.ofNullable(bootstrap));
    }
}
