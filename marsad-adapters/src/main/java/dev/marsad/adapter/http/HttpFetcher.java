package dev.marsad.adapter.http;

import dev.marsad.adapter.files.InputRead;
import dev.marsad.adapter.files.InputSource;
import dev.marsad.model.outcome.RejectionReason;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Fetches one URL once with the JDK's HTTP client: follows redirects, times out, caps the body size, sends
 * conditional-GET validators, and turns every failure (DNS, refused connection, 4xx/5xx, timeout) into a value.
 * Politeness and retries are {@link PoliteFetcher}'s job. Thread-safe.
 */
public final class HttpFetcher {
    public static final String USER_AGENT = "MarsadBot/0.1 (+https://github.com/marsad; news monitoring)";
    /** The product token robots.txt rules are matched against. */
    public static final String ROBOT_NAME = "marsadbot";

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

    public HttpFetcher(FetchConfig config) {
        this(config.timeout(), config.maxBytes());
    }

    /** Fetches {@code url} as a command-line input. */
    public InputRead fetchInput(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new InputRead.Failed(url, RejectionReason.FETCH_FAILED, "malformed URL");
        }
        FetchOutcome outcome = fetch(uri, Validators.NONE);
        if (outcome instanceof FetchOutcome.Fetched fetched) {
            return new InputRead.Loaded(new InputSource(url, fetched.body(), fetched.contentType()));
        }
        FetchOutcome.Failed failed = (FetchOutcome.Failed) outcome;
        boolean tooLarge = failed.reason().startsWith("more than");
        return new InputRead.Failed(url, tooLarge ? RejectionReason.TOO_LARGE : RejectionReason.FETCH_FAILED,
                failed.reason());
    }

    /**
     * One GET of {@code uri}, conditional when {@code validators} are given. Gives {@link FetchOutcome.Fetched},
     * {@link FetchOutcome.NotModified} or {@link FetchOutcome.Failed}.
     */
    public FetchOutcome fetch(URI uri, Validators validators) {
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                            + "application/xml;q=0.9,text/plain;q=0.9,*/*;q=0.5");
            validators.etag().ifPresent(v -> builder.header("If-None-Match", v));
            validators.lastModified().ifPresent(v -> builder.header("If-Modified-Since", v));
            request = builder.GET().build();
        } catch (IllegalArgumentException e) {
            return failed(uri, "malformed URL: " + e.getMessage(), false);
        }
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                return answer(uri, response, body);
            }
        } catch (HttpTimeoutException e) {
            return failed(uri, "timed out after " + timeout.toMillis() + " ms", true);
        } catch (ConnectException e) {
            return failed(uri, "connection refused or unreachable", true);
        } catch (IOException e) {
            return failed(uri, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(uri, "interrupted", false);
        } catch (IllegalArgumentException e) {
            return failed(uri, String.valueOf(e.getMessage()), false);
        }
    }

    private FetchOutcome answer(URI uri, HttpResponse<InputStream> response, InputStream body) throws IOException {
        int status = response.statusCode();
        if (status == 304) {
            return new FetchOutcome.NotModified(uri);
        }
        if (status >= 400 || status < 200) {
            boolean retryable = status >= 500 || status == 429 || status == 408;
            return new FetchOutcome.Failed(uri, Optional.of(status), "HTTP " + status, retryable);
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            return new FetchOutcome.Failed(uri, Optional.of(status), "more than " + maxBytes + " bytes", false);
        }
        Validators validators = new Validators(response.headers().firstValue("ETag"),
                response.headers().firstValue("Last-Modified"));
        return new FetchOutcome.Fetched(uri, response.uri(), bytes, response.headers().firstValue("Content-Type"),
                validators);
    }

    private static FetchOutcome failed(URI uri, String reason, boolean retryable) {
        return new FetchOutcome.Failed(uri, Optional.empty(), reason, retryable);
    }
}
