package dev.marsad.model;

/** How a decoded input is laid out. */
public enum DocumentFormat {
    PLAIN_TEXT,
    HTML
}
