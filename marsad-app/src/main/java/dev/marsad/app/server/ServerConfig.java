package dev.marsad.app.server;

import java.util.Objects;

/**
 * How the server listens.
 *
 * @param host     address to bind; loopback by default so a newsroom laptop does not publish its data
 * @param port     TCP port; 0 picks a free one (tests)
 * @param maxBody  largest request body accepted, in bytes
 */
public record ServerConfig(String host, int port, long maxBody) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (maxBody < 1) {
            throw new IllegalArgumentException("maxBody must be positive: " + maxBody);
        }
    }

    public static ServerConfig loopback(int port) {
        return new ServerConfig(LOOPBACK, port, DEFAULT_MAX_BODY);
    }
}
