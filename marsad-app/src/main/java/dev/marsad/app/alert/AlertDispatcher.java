package dev.marsad.app.alert;

import dev.marsad.adapter.store.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the pending deliveries ({@link JdbcAlertLog}) on one background thread, so an ingest only writes its
 * alerts and goes on. A failed send is tried again after the {@link RetryPolicy}'s wait (doubling each time)
 * and given up after its last attempt. The queue is the database: deliveries left pending by a stop, or written
 * by another process ({@code marsad watch} beside {@code serve}), are sent too; each is claimed before it is
 * sent, so two dispatchers on one database do not both send it. Woken at once by {@link #wake()}, else it looks
 * again every {@link #IDLE}.
 */
public final class AlertDispatcher implements AutoCloseable {
    /** 10 s, 20 s, 40 s … 10 min: 8 tries over about 21 minutes, then the delivery is given up. */
    public static final RetryPolicy DEFAULT_RETRIES = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(10), 8);
    static final Duration IDLE = Duration.ofSeconds(15);
    /** How long a claimed delivery is left alone: longer than any send takes. */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 50;
    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

    private final JdbcAlertLog log;
    private final Map<Delivery.Channel, Sender> senders;
    private final RetryPolicy retries;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private boolean woken;
    private volatile boolean closed;
    private final Thread thread;

    /** @param senders how each channel is sent; a channel without one is given up at once */
    public AlertDispatcher(JdbcAlertLog log, Map<Delivery.Channel, Sender> senders, RetryPolicy retries, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.senders = Map.copyOf(senders);
        this.retries = Objects.requireNonNull(retries, "retries");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.thread = new Thread(this::run, "marsad-alerts");
        thread.setDaemon(true);
    }

    public AlertDispatcher start() {
        thread.start();
        return this;
    }

    /** New deliveries were written: look now rather than at the next idle check. */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (!closed) {
            try {
                List<Delivery> due = log.due(clock.instant(), BATCH);
                due.forEach(this::attempt);
                if (due.size() < BATCH) {
                    sleepUntil(log.nextDue());
                }
            } catch (RuntimeException e) {
                // The database may be down for a while: say so once per round and try again later.
                LOG.warn("alerts: cannot read pending deliveries: {}", e.getMessage());
                sleepUntil(Optional.empty());
            }
        }
    }

    /** Sends one delivery now (when this process can claim it), recording the outcome. */
    void attempt(Delivery delivery) {
        Instant now = clock.instant();
        if (!log.claim(delivery, now.plus(LEASE))) {
            return;
        }
        int attempts = delivery.attempts() + 1;
        Sender sender = senders.get(delivery.channel());
        try {
            if (sender == null) {
                log.failed(delivery.id(), attempts, Optional.empty(), delivery.channel().name().toLowerCase(
                        java.util.Locale.ROOT) + " is not configured on this server");
                return;
            }
            sender.send(delivery);
            log.delivered(delivery.id(), attempts, clock.instant());
        } catch (DeliveryException | RuntimeException e) {
            Optional<Instant> next = attempts >= retries.maxAttempts() ? Optional.empty()
                    : Optional.of(clock.instant().plus(retries.waitAfter(attempts)));
            log.failed(delivery.id(), attempts, next, e.getMessage() == null ? e.toString() : e.getMessage());
            LOG.warn("alerts: {} of watch {} (story {}), try {}: {}; {}", delivery.channel(), delivery.watch().name(),
                    delivery.alert().storyId(), attempts, e.getMessage(),
                    next.map(t -> "next try at " + t).orElse("given up"));
        }
    }

    private void sleepUntil(Optional<Instant> next) {
        Duration wait = next.map(t -> Duration.between(clock.instant(), t)).filter(d -> d.compareTo(IDLE) < 0)
                .orElse(IDLE);
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        lock.lock();
        try {
            if (!woken && !closed) {
                work.await(wait.toMillis(), TimeUnit.MILLISECONDS);
            }
            woken = false;
        } catch (InterruptedException e) {
            closed = true;
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Stops the thread after the send in progress, if any; what is still pending waits for the next start. */
    @Override
    public void close() {
        closed = true;
        wake();
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
