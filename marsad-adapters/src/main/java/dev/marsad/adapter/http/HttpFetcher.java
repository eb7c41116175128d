package dev.marsad.adapter.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one URL once with the JDK's HTTP client and turns every failure (DNS, refused connection, 4xx/5xx,
 * timeout) into a value:
 * <ul>
 *   <li>http and https only, and only to addresses the {@link AddressPolicy} allows, checked after DNS
 *       resolution for the URL and for every redirect target;</li>
 *   <li>redirects followed here, at most {@link FetchConfig#MAX_REDIRECTS}, each hop also passed to the
 *       caller's {@link HopCheck} (robots.txt, throttling);</li>
 *   <li>one deadline for the whole attempt (connection, redirects, headers and body), so a server that trickles
 *       its body is cut off;</li>
 *   <li>the body capped at {@link FetchConfig#maxBytes()}; URLs longer than {@link #MAX_URL_CHARS} refused.</li>
 * </ul>
 * Politeness and retries are {@link PoliteFetcher}'s job. Thread-safe.
 */
public final class HttpFetcher {
    public static final String USER_AGENT = "MarsadBot/0.1 (+https://github.com/marsad; news monitoring)";
    /** The product token robots.txt rules are matched against. */
    public static final String ROBOT_NAME = "marsadbot";
    /** The sitemaps protocol's limit on a URL; longer ones are refused rather than stored clipped. */
    public static final int MAX_URL_CHARS = 2048;

    /** What the caller checks before each redirect hop is followed: a refusal ends the fetch with it. */
    @FunctionalInterface
    public interface HopCheck {
        HopCheck NONE = hop -> Optional.empty();

        Optional<FetchOutcome> refuse(URI hop);
    }

    private final HttpClient client;
    private final FetchConfig config;

    public HttpFetcher(FetchConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.timeout())
                .build();
    }

    /** One GET of {@code uri}, conditional when {@code validators} are given; redirect hops are not checked further. */
    public FetchOutcome fetch(URI uri, Validators validators) {
        return fetch(uri, validators, HopCheck.NONE);
    }

    /**
     * One GET of {@code uri}, conditional when {@code validators} are given. Gives {@link FetchOutcome.Fetched},
     * {@link FetchOutcome.NotModified}, {@link FetchOutcome.Failed}, or what {@code hops} refused a redirect with.
     */
    public FetchOutcome fetch(URI uri, Validators validators, HopCheck hops) {
        long deadline = System.nanoTime() + config.timeout().toNanos();
        URI current = uri;
        Validators sent = validators;
        for (int hop = 0; hop <= FetchConfig.MAX_REDIRECTS; hop++) {
            Optional<String> refused = refusal(current);
            if (refused.isPresent()) {
                return failed(uri, hop == 0 ? refused.get() : "redirected to " + clip(current) + ": " + refused.get(),
                        false);
            }
            if (hop > 0) {
                Optional<FetchOutcome> stop = hops.refuse(current);
                if (stop.isPresent()) {
                    return stop.get();
                }
            }
            Attempt attempt = send(uri, current, sent, deadline);
            if (attempt.outcome().isPresent()) {
                return attempt.outcome().get();
            }
            current = attempt.redirect().orElseThrow();
            sent = Validators.NONE;
        }
        return failed(uri, "too many redirects (more than " + FetchConfig.MAX_REDIRECTS + "; a redirect loop?)", false);
    }

    private Optional<String> refusal(URI uri) {
        if (uri.toString().length() > MAX_URL_CHARS) {
            return Optional.of("URL longer than " + MAX_URL_CHARS + " characters");
        }
        return config.addresses().refusal(uri);
    }

    /** Either an outcome or the next hop. */
    private record Attempt(Optional<FetchOutcome> outcome, Optional<URI> redirect) {
        static Attempt done(FetchOutcome outcome) {
            return new Attempt(Optional.of(outcome), Optional.empty());
        }
    }

    private Attempt send(URI asked, URI current, Validators validators, long deadline) {
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(current).timeout(remaining(deadline))
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                            + "application/xml;q=0.9,text/plain;q=0.9,*/*;q=0.5");
            validators.etag().ifPresent(v -> builder.header("If-None-Match", v));
            validators.lastModified().ifPresent(v -> builder.header("If-Modified-Since", v));
            request = builder.GET().build();
        } catch (IllegalArgumentException e) {
            return Attempt.done(failed(asked, "malformed URL: " + e.getMessage(), false));
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info ->
                info.statusCode() >= 200 && info.statusCode() < 300 ? new CappedBody(config.maxBytes())
                        : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            HttpResponse<byte[]> response = future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return answer(asked, current, response);
        } catch (TimeoutException e) {
            future.cancel(true);
            return Attempt.done(timedOut(asked));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return Attempt.done(failed(asked, "interrupted", false));
        } catch (ExecutionException e) {
            return Attempt.done(failure(asked, e.getCause()));
        }
    }

    private Attempt answer(URI asked, URI current, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 304) {
            return Attempt.done(new FetchOutcome.NotModified(asked));
        }
        if (status >= 300 && status < 400 && status != 304) {
            Optional<String> location = response.headers().firstValue("Location");
            if (location.isEmpty()) {
                return Attempt.done(new FetchOutcome.Failed(asked, Optional.of(status),
                        "HTTP " + status + " without a Location", false));
            }
            try {
                return new Attempt(Optional.empty(), Optional.of(current.resolve(location.get().strip())));
            } catch (IllegalArgumentException e) {
                return Attempt.done(new FetchOutcome.Failed(asked, Optional.of(status),
                        "redirect to a malformed URL", false));
            }
        }
        if (status >= 400 || status < 200) {
            boolean retryable = status >= 500 || status == 429 || status == 408;
            return Attempt.done(new FetchOutcome.Failed(asked, Optional.of(status), "HTTP " + status, retryable));
        }
        Validators validators = new Validators(response.headers().firstValue("ETag"),
                response.headers().firstValue("Last-Modified"));
        return Attempt.done(new FetchOutcome.Fetched(asked, current, response.body(),
                response.headers().firstValue("Content-Type"), validators));
    }

    private FetchOutcome failure(URI uri, Throwable cause) {
        if (cause instanceof CappedBody.TooLarge tooLarge) {
            return failed(uri, tooLarge.getMessage(), false);
        }
        if (cause instanceof HttpTimeoutException) {
            return timedOut(uri);
        }
        if (cause instanceof ConnectException) {
            return failed(uri, "connection refused or unreachable", true);
        }
        if (cause instanceof IllegalArgumentException) {
            return failed(uri, String.valueOf(cause.getMessage()), false);
        }
        if (cause instanceof IOException) {
            return failed(uri, cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), true);
        }
        return failed(uri, String.valueOf(cause), false);
    }

    private FetchOutcome timedOut(URI uri) {
        return failed(uri, "timed out after " + config.timeout().toMillis() + " ms (connection, headers and body)",
                true);
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
    }

    private static String clip(URI uri) {
        String s = uri.toString();
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private static FetchOutcome failed(URI uri, String reason, boolean retryable) {
        return new FetchOutcome.Failed(uri, Optional.empty(), reason, retryable);
    }
}
