package dev.marsad.adapter.http;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces requests to one host: each waits until the host's previous request is {@code delay} old and, once
 * that request has been answered, until {@code delay} has passed since the answer, so the server sees the gap
 * however slow a response was. Thread-safe.
 */
final class HostThrottle {
    private final Map<String, Long> nextAllowedNanos = new HashMap<>();

    /** Blocks until a request to {@code host} may go, and books the slot after it. */
    void await(String host, Duration delay) {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long allowed = nextAllowedNanos.getOrDefault(host, now);
            long start = Math.max(now, allowed);
            nextAllowedNanos.put(host, start + delay.toNanos());
            wait = start - now;
        }
        if (wait > 0) {
            sleep(Duration.ofNanos(wait));
        }
    }

    /** Records that a request to {@code host} was just answered: the next one waits {@code delay} from now. */
    synchronized void answered(String host, Duration delay) {
        long next = System.nanoTime() + delay.toNanos();
        nextAllowedNanos.merge(host, next, Math::max);
    }

    /** Sleeps for {@code d}; an interrupt ends the wait early and stays set for the caller to see. */
    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
