package dev.marsad.adapter.http;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Spaces requests to one host: each waits until the host's previous request is {@code delay} old. Thread-safe. */
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
            PoliteFetcher.sleep(Duration.ofNanos(wait));
        }
    }
}
