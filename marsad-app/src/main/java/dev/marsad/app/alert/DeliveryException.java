package dev.marsad.app.alert;

/** A send that failed: {@link #getMessage()} is one line saying why, kept with the delivery. */
public final class DeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    public DeliveryException(String message) {
        super(message);
    }

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
