package dev.marsad.app.alert;

import dev.marsad.adapter.http.AddressPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * POSTs an alert's JSON to its watch's webhook, signed ({@link Signature}), with {@code X-Marsad-Delivery} (the
 * same on every retry, so a receiver can drop a repeat) and {@code X-Marsad-Event: alert}. Any 2xx answer is
 * taken as delivered. The URL must pass the fetcher's {@link AddressPolicy}, checked again before each send
 * (DNS may change): a watch cannot make Marsad post to this machine or its private network unless the operator
 * allowed that address ({@code serve --allow-address}). Redirects are not followed, for the same reason.
 * Thread-safe.
 */
public final class WebhookSender implements Sender {
    public static final String DELIVERY_HEADER = "X-Marsad-Delivery";
    public static final String EVENT_HEADER = "X-Marsad-Event";
    private final HttpClient client;
    private final AddressPolicy addresses;
    private final Duration timeout;

    public WebhookSender(AddressPolicy addresses, Duration timeout) {
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Why {@code url} cannot be a webhook, or empty when it can. */
    public Optional<String> refusal(URI url) {
        return addresses.refusal(url);
    }

    @Override
    public void send(Delivery delivery) throws DeliveryException {
        URI url = delivery.watch().webhook().orElseThrow(() -> new DeliveryException("the watch has no webhook"));
        Optional<String> refused = addresses.refusal(url);
        if (refused.isPresent()) {
            throw new DeliveryException(url.getHost() + ": " + refused.get());
        }
        byte[] body = delivery.alert().payload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Marsad-Alerts/1")
                .header(EVENT_HEADER, "alert")
                .header(DELIVERY_HEADER, delivery.id())
                .header(Signature.HEADER, Signature.of(delivery.watch().secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryException("webhook answered HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            throw new DeliveryException("webhook unreachable (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", e);
        }
    }
}
