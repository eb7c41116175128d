package dev.marsad.app.alert;

import java.util.Objects;

/**
 * One alert to send on one channel.
 *
 * @param id       random identifier, sent with it so a receiver can drop a repeat
 * @param channel  how
 * @param attempts how many sends failed so far
 * @param due      when it was due: a sender claims it by moving this on, so two processes never both send it
 * @param watch    whose alert
 * @param alert    what
 */
public record Delivery(String id, Channel channel, int attempts, java.time.Instant due, Watch watch, Alert alert) {
    /** The ways an alert leaves Marsad besides the watch's Atom feed. */
    public enum Channel { WEBHOOK, EMAIL }

    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(watch, "watch");
        Objects.requireNonNull(alert, "alert");
    }
}
