package dev.marsad.kafka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The placer's threads grouped as the benches report them (names as Linux gives them, cut at 15 characters). */
class ThreadCpuTest {

    @Test
    void groupsThePlacersThreadsByName() {
        ThreadCpu cpu = ThreadCpu.of(Map.of("placer-0", 30.0, "marsad-placer-f", 9.0, "C2 CompilerThre", 15.0,
                "C1 CompilerThre", 5.0, "GC Thread#0", 1.0, "G1 Conc#0", 0.5, "java", 2.0, "kafka-coordinat", 1.5));
        assertThat(cpu).isEqualTo(new ThreadCpu(30.0, 9.0, 20.0, 1.5, 3.5));
        assertThat(cpu.describe(3000)).isEqualTo("placer thread 30.0 s (10.0 ms an article), finishing thread 9.0 s "
                + "(3.0 ms), JIT 20.0 s, GC 1.5 s, other 3.5 s");
    }

    @Test
    void nothingKnownIsAllZero() {
        assertThat(ThreadCpu.of(Map.of())).isEqualTo(new ThreadCpu(0, 0, 0, 0, 0));
    }
}
