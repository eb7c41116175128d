package dev.marsad.model;

import java.util.Locale;

/** Whether an article is the page's own one or one pasted after it (a "read also" block, say). */
public enum Role {
    MAIN,
    APPENDED;

    /** The contract's spelling: {@code "main"} or {@code "appended"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
