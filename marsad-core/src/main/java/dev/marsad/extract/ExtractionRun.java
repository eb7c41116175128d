package dev.marsad.extract;

/**
 * Memory shared by the articles of one run: names met so far, so that a later variant spelling or a surname
 * alone gets the key of the full name. Not thread-safe: one per run.
 */
public final class ExtractionRun {
}
