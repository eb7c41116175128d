package dev.marsad.adapter.store;

/** The store's infrastructure failed (database unreachable, disk full, schema too new); the cause is attached. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
