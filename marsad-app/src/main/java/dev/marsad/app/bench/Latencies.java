package dev.marsad.app.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Request latencies and their percentiles by the nearest-rank method: the p-th percentile of n sorted values is
 * the value at rank ⌈p/100 · n⌉, always one of the measured values (with few samples p99 is the largest).
 *
 * @param nanos the latencies measured, sorted
 */
public record Latencies(long[] nanos) {
    public Latencies {
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    public static Latencies of(List<Long> measured) {
        return new Latencies(measured.stream().mapToLong(Long::longValue).toArray());
    }

    /** How many were measured. */
    public int count() {
        return nanos.length;
    }

    /** The nearest-rank {@code p}-th percentile (0 < p ≤ 100), in nanoseconds. */
    public long percentile(double p) {
        if (nanos.length == 0) {
            throw new IllegalStateException("no latencies measured");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        int rank = (int) Math.ceil(p / 100 * nanos.length);
        return nanos[Math.max(1, rank) - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Latencies l && Arrays.equals(nanos, l.nanos);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(nanos);
    }

    @Override
    public String toString() {
        return "Latencies" + Arrays.toString(nanos);
    }
}
