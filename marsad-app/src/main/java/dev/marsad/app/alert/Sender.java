package dev.marsad.app.alert;

/** Sends one delivery on its channel. */
@FunctionalInterface
public interface Sender {
    /** Returns once the receiver has taken it; throws when it has not (it is tried again later). */
    void send(Delivery delivery) throws DeliveryException;
}
