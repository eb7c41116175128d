package dev.marsad.kafka;

import java.util.Optional;

/**
 * One extraction run of one publishing process ({@code ingest} or {@code watch --kafka}): the single process starts
 * a fresh run for each {@code ingest} command and each {@code watch} poll ({@code PageSink.newRun}), and the placer
 * finishes each page against the run its publisher had when it fetched it ({@link PlacerRuns}). Carried in the
 * {@code run} header of each page as {@code PUBLISHER.COUNTER}, and copied by the worker into the prepared page.
 *
 * @param publisher the publisher's start stamp (microseconds of the wall clock when it started)
 * @param counter   how often the publisher started a fresh run before this one (0 for its first)
 */
public record PublisherRun(long publisher, long counter) {

    public PublisherRun {
        if (counter < 0) {
            throw new IllegalArgumentException("run counter must not be negative: " + counter);
        }
    }

    /** The header's text. */
    String wire() {
        return publisher + "." + counter;
    }

    /** The run a header names; empty for text that names none (a page of an older publisher has no header). */
    static Optional<PublisherRun> parse(String wire) {
        int dot = wire.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PublisherRun(Long.parseLong(wire.substring(0, dot)),
                    Long.parseLong(wire.substring(dot + 1))));
        } catch (IllegalArgumentException e) { // NumberFormatException included
            return Optional.empty();
        }
    }
}
