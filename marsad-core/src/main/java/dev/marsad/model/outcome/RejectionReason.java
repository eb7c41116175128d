package dev.marsad.model.outcome;

/** Why an input could not be analysed. */
public enum RejectionReason {
    NOT_FOUND("no such file or directory"),
    UNREADABLE("cannot be read"),
    EMPTY("empty input"),
    BINARY("binary data, not text"),
    TOO_LARGE("too large"),
    UNDECODABLE("text encoding could not be determined"),
    FETCH_FAILED("could not be fetched"),
    UNSUPPORTED("unsupported input");

    private final String description;

    RejectionReason(String description) {
        this.description = description;
    }

    /** A short human phrase for error lines. */
    public String description() {
        return description;
    }
}
