package dev.marsad.calendar;

/** How much of a date is known. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR
}
