package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Parallel work, hand-offs in submission order: what lets ingest analyse on every core and store in order. */
class OrderedWorkersTest {

    @Test
    void handOffsRunInSubmissionOrderOnTheSubmittingThread() {
        List<Integer> order = new ArrayList<>();
        List<Thread> handOffThreads = new ArrayList<>();
        try (OrderedWorkers workers = new OrderedWorkers(3)) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                workers.submit(() -> {
                    // Uneven work, so that later tasks often finish first.
                    long sink = 0;
                    for (int k = 0; k < (200 - n) * 500; k++) {
                        sink += k ^ n;
                    }
                    long result = sink;
                    return () -> {
                        order.add(n);
                        handOffThreads.add(Thread.currentThread());
                        assertThat(result).isNotNegative();
                    };
                });
            }
            workers.flush();
        }
        assertThat(order).containsExactlyElementsOf(IntStream.range(0, 200).boxed().toList());
        assertThat(handOffThreads).containsOnly(Thread.currentThread());
    }

    @Test
    void oneThreadRunsEachTaskAndItsHandOffAtOnce() {
        List<String> events = new ArrayList<>();
        try (OrderedWorkers workers = new OrderedWorkers(1)) {
            workers.submit(() -> {
                events.add("task 1");
                return () -> events.add("hand-off 1");
            });
            events.add("after submit 1");
            workers.submit(() -> {
                events.add("task 2");
                return () -> events.add("hand-off 2");
            });
        }
        assertThat(events).containsExactly("task 1", "hand-off 1", "after submit 1", "task 2", "hand-off 2");
    }

    @Test
    void aFailingTaskEndsTheWorkAtItsTurn() {
        List<Integer> done = new ArrayList<>();
        try (OrderedWorkers workers = new OrderedWorkers(2)) {
            workers.submit(() -> () -> done.add(1));
            workers.submit(() -> {
                throw new IllegalStateException("bug");
            });
            assertThatThrownBy(workers::flush).isInstanceOf(IllegalStateException.class).hasMessage("bug");
        }
        assertThat(done).containsExactly(1);
        assertThatThrownBy(() -> new OrderedWorkers(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
