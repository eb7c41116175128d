package dev.marsad.app.server;

import java.util.Map;

/**
 * The headers every answer carries, pages, API and errors alike: a strict Content-Security-Policy (only the
 * server's own scripts and styles), no sniffing, no referrer, no framing. Kept apart from {@link MarsadServer} so
 * that the error handler needs only these, not the server.
 */
final class SecurityHeaders {
    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
                    + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private SecurityHeaders() {
    }
}
