package dev.marsad.app.bench;

import dev.marsad.pipeline.StageTimer;
import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/**
 * Adds up the time the pipelines report per stage, from any number of threads. A stage's time is the sum over
 * the threads that ran it, so with parallel analysis the stages together can exceed the wall-clock time:
 * shares are of the summed stage time, the work done, not of the elapsed time.
 */
public final class StageTally implements StageTimer {
    private static final StageTimer.Stage[] STAGES = StageTimer.Stage.values();
    private final LongAdder[] nanos = new LongAdder[STAGES.length];

    public StageTally() {
        Arrays.setAll(nanos, i -> new LongAdder());
    }

    @Override
    public void record(StageTimer.Stage stage, long elapsed) {
        nanos[stage.ordinal()].add(elapsed);
    }

    /** The totals so far. */
    public Snapshot snapshot() {
        long[] copy = new long[STAGES.length];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = nanos[i].sum();
        }
        return new Snapshot(copy);
    }

    /** Nanoseconds per stage at one moment; the difference of two is what happened in between. */
    public record Snapshot(long[] nanos) {
        public Snapshot {
            if (nanos.length != STAGES.length) {
                throw new IllegalArgumentException("one value per stage expected, got " + nanos.length);
            }
            nanos = nanos.clone();
        }

        /** No time in any stage. */
        public static Snapshot zero() {
            return new Snapshot(new long[STAGES.length]);
        }

        /** One stage's time. */
        public long nanos(StageTimer.Stage stage) {
            return nanos[stage.ordinal()];
        }

        /** All stages' time together. */
        public long total() {
            return Arrays.stream(nanos).sum();
        }

        /** The share of all stages' time spent in {@code stage}, 0..1 (0 when nothing was timed). */
        public double share(StageTimer.Stage stage) {
            long total = total();
            return total == 0 ? 0 : nanos(stage) / (double) total;
        }

        /** What was timed between {@code earlier} and this snapshot. */
        public Snapshot minus(Snapshot earlier) {
            long[] out = new long[nanos.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = nanos[i] - earlier.nanos[i];
            }
            return new Snapshot(out);
        }

        /** Both snapshots' time added up. */
        public Snapshot plus(Snapshot other) {
            long[] out = new long[nanos.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = nanos[i] + other.nanos[i];
            }
            return new Snapshot(out);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Snapshot s && Arrays.equals(nanos, s.nanos);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(nanos);
        }

        @Override
        public String toString() {
            return "Snapshot" + Arrays.toString(nanos);
        }
    }
}
