package dev.marsad.app.server;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every request before it is answered:
 * <ul>
 *   <li>the {@code Host} header names an allowed host (loopback names by default), so a DNS-rebinding page whose
 *       own name resolves to this machine is refused (403);</li>
 *   <li>an {@code Origin} header, when sent, has the same host and port as {@code Host}: another site's page
 *       (another port on this machine included) cannot drive the API from a browser (403);</li>
 *   <li>every request that is not GET or HEAD carries the write token in {@link WriteToken#HEADER} (401). A
 *       custom header cannot be sent cross-origin without a CORS preflight, which this server never grants, so
 *       no-cors fetches and {@code text/plain} forms are refused whatever their content.</li>
 * </ul>
 * Thread-safe.
 */
final class RequestGuard {
    private final Set<String> allowedHosts;
    private final WriteToken token;

    RequestGuard(Set<String> allowedHosts, WriteToken token) {
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.token = Objects.requireNonNull(token, "token");
    }

    /** Throws {@link ApiException} when the request must not be answered. */
    void check(Context ctx) {
        String host = Optional.ofNullable(ctx.header("Host")).orElse("");
        if (!allowedHosts.contains(hostName(host))) {
            throw new ApiException(403, "host not allowed: " + clip(host)
                    + " (serve --allowed-host NAME adds a name this server answers to)");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameAuthority(origin, host)) {
            throw new ApiException(403, "cross-origin request refused: " + clip(origin));
        }
        String method = ctx.method().name();
        if (!"GET".equals(method) && !"HEAD".equals(method) && !token.matches(ctx.header(WriteToken.HEADER))) {
            throw new ApiException(401, "write requests need the write token in the " + WriteToken.HEADER
                    + " header (it is in the data directory's " + WriteToken.FILE_NAME + " file)");
        }
    }

    /** The host part of a Host header ({@code name}, {@code name:port}, {@code [v6]:port}), lower case. */
    static String hostName(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(1, close);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static boolean sameAuthority(String origin, String host) {
        try {
            URI uri = new URI(origin.strip());
            String authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.strip())
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String clip(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "…";
    }
}
