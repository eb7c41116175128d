package dev.marsad.adapter.store;

import java.time.Duration;
import java.util.Objects;

/**
 * When a feed entry that failed is tried again: after {@code first}, doubling each time up to {@code longest},
 * and not after {@code maxAttempts} failures (a page that is still missing then is taken to be gone).
 *
 * @param first       the wait after the first failure
 * @param longest     the longest wait between two attempts
 * @param maxAttempts failures after which the entry is given up
 */
public record RetryPolicy(Duration first, Duration longest, int maxAttempts) {
    /** 5, 10, 20, 40, 80 minutes: a page announced before it is live is usually there within the hour. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMinutes(5), Duration.ofHours(6), 6);

    public RetryPolicy {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("first must be positive and no longer than longest");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
    }

    /** The wait after the {@code attempts}-th failure. */
    public Duration waitAfter(int attempts) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
