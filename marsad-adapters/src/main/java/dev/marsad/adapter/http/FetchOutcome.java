package dev.marsad.adapter.http;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** Fetching one URL politely gives the body, "unchanged", "not allowed", or a failure: never an exception. */
public sealed interface FetchOutcome {

    /** The URL asked for. */
    URI uri();

    /**
     * The server sent a body.
     *
     * @param uri         the URL asked for
     * @param finalUri    where redirects ended
     * @param body        the body, at most the size cap
     * @param contentType the Content-Type header
     * @param validators  the ETag/Last-Modified to send next time
     */
    record Fetched(URI uri, URI finalUri, byte[] body, Optional<String> contentType, Validators validators)
            implements FetchOutcome {
        public Fetched {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(finalUri, "finalUri");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(validators, "validators");
        }
    }

    /** The server said 304: nothing changed since the validators we sent. @param uri the URL */
    record NotModified(URI uri) implements FetchOutcome {
        public NotModified {
            Objects.requireNonNull(uri, "uri");
        }
    }

    /**
     * robots.txt forbids the URL to our user agent, or the host's robots.txt answered with a server error.
     *
     * @param uri    the URL
     * @param reason one line for the notice
     */
    record Disallowed(URI uri, String reason) implements FetchOutcome {
        public Disallowed {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The fetch failed after any retries.
     *
     * @param uri      the URL
     * @param status   the last HTTP status, when the server answered
     * @param reason    one line for the error message
     * @param retryable true for failures worth another attempt later (5xx, 429, timeouts, refused connections)
     */
    record Failed(URI uri, Optional<Integer> status, String reason, boolean retryable) implements FetchOutcome {
        public Failed {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
