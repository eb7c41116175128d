package dev.marsad.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Settings handed to a child process by environment come back as they were. */
class KafkaSettingsTest {

    @Test
    void theEnvironmentOfSettingsReadsBackAsTheSameSettings() {
        KafkaSettings mine = new KafkaSettings("localhost:9092", "b1.pages", "b1.w2.articles", 6, 2, (short) 1,
                "b1.workers", "b1.w2.placer", "b1.w2.stored", 4, "b1.w2.search-");
        Map<String, String> env = mine.environment();
        assertThat(env).doesNotContainKey("MARSAD_KAFKA_BOOTSTRAP");
        assertThat(KafkaSettings.from(Optional.of("localhost:9092"), env)).isEqualTo(mine);
    }

    @Test
    void unsetVariablesGiveTheDefaults() {
        KafkaSettings defaults = KafkaSettings.from(Optional.of("broker:9092"), Map.of());
        assertThat(defaults.pagesTopic()).isEqualTo("marsad.pages");
        assertThat(defaults.storedTopic()).isEqualTo("marsad.stored");
        assertThat(defaults.pagePartitions()).isEqualTo(12);
    }
}
