package dev.marsad.adapter.http;

import dev.marsad.adapter.files.InputRead;
import dev.marsad.adapter.files.InputSource;
import dev.marsad.model.outcome.RejectionReason;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * Fetches one URL with the JDK's HTTP client: follows redirects, times out, caps the body size, and turns
 * every failure (DNS, refused connection, 4xx/5xx, timeout) into a value. Thread-safe.
 */
public final class HttpFetcher {
    public static final String USER_AGENT = "MarsadBot/0.1 (+https://github.com/marsad; news monitoring)";

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    public HttpFetcher(Duration timeout, long maxBytes) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout)
                .build();
    }

    /** Fetches {@code url} as a command-line input. */
    public InputRead fetchInput(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new InputRead.Failed(url, RejectionReason.FETCH_FAILED, "malformed URL");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
                .GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() >= 400) {
                    return new InputRead.Failed(url, RejectionReason.FETCH_FAILED, "HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    return new InputRead.Failed(url, RejectionReason.TOO_LARGE, "more than " + maxBytes + " bytes");
                }
                return new InputRead.Loaded(new InputSource(url, bytes, response.headers().firstValue("Content-Type")));
            }
        } catch (HttpTimeoutException e) {
            return new InputRead.Failed(url, RejectionReason.FETCH_FAILED, "timed out after " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            return new InputRead.Failed(url, RejectionReason.FETCH_FAILED,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new InputRead.Failed(url, RejectionReason.FETCH_FAILED, "interrupted");
        } catch (IllegalArgumentException e) {
            return new InputRead.Failed(url, RejectionReason.FETCH_FAILED, String.valueOf(e.getMessage()));
        }
    }
}
