package dev.marsad.app.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How the server listens and whom it answers.
 *
 * @param host         address to bind; loopback by default so a newsroom laptop does not publish its data
 * @param port         TCP port; 0 picks a free one (tests)
 * @param maxBody      largest request body accepted, in bytes
 * @param token        the secret every write request must carry; there is no server without one
 * @param allowedHosts host names the {@code Host} header may carry (lower case, IPv6 without brackets); the
 *                     loopback names and the bound address are always in it
 */
public record ServerConfig(String host, int port, long maxBody, WriteToken token, Set<String> allowedHosts) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;
    static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "::1");

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(token, "token");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (maxBody < 1) {
            throw new IllegalArgumentException("maxBody must be positive: " + maxBody);
        }
        Set<String> all = new LinkedHashSet<>(LOOPBACK_NAMES);
        all.add(RequestGuard.hostName(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host));
        Objects.requireNonNull(allowedHosts, "allowedHosts")
                .forEach(h -> all.add(RequestGuard.hostName(h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h)));
        allowedHosts = Set.copyOf(all);
    }

    public ServerConfig(String host, int port, long maxBody, WriteToken token) {
        this(host, port, maxBody, token, Set.of());
    }

    public static ServerConfig loopback(int port, WriteToken token) {
        return new ServerConfig(LOOPBACK, port, DEFAULT_MAX_BODY, token);
    }

    /** True when {@code host} is a loopback address or name, so only this machine can connect. */
    public static boolean isLoopback(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.equals("localhost")) {
            return true;
        }
        try {
            InetAddress address = InetAddress.getByName(name);
            return address.isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }

    /** True when this config binds an address other machines can reach. */
    public boolean exposed() {
        return !isLoopback(host);
    }
}
