package dev.marsad.app.cli;

import dev.marsad.app.server.MarsadServer;
import dev.marsad.app.server.ServerConfig;
import dev.marsad.app.server.WriteToken;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What {@code serve} and {@code demo} share: where to listen, whom to answer, and what to say about the token. */
final class ServerOptions extends CommandStreams {
    @Option(names = "--port", defaultValue = "8080", description = "TCP port (0 picks a free one; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = ServerConfig.LOOPBACK,
            description = "Address to bind (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "A host name clients use to reach this server (the Host header), e.g. behind a reverse "
                    + "proxy; repeatable. Loopback names and the bound address are always allowed.")
    List<String> allowedHosts = new ArrayList<>();

    /** Refuses a bad port before anything is opened. */
    void checkPort() {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(command.commandLine(), "--port must be 0..65535: " + port);
        }
    }

    /** The server configuration. */
    ServerConfig config(WriteToken token) {
        checkPort();
        return new ServerConfig(host, port, ServerConfig.DEFAULT_MAX_BODY, token, Set.copyOf(allowedHosts));
    }

    /** Warns on stderr, before binding, when the address is reachable from other machines. */
    void warnIfExposed(ServerConfig config) {
        if (config.exposed()) {
            PrintWriter err = err();
            err.println("marsad: warning: listening on " + config.host() + ", reachable from other machines: anyone"
                    + " who can connect can read every stored article; writes need the write token, which plain HTTP"
                    + " sends in clear. Put Marsad behind a TLS reverse proxy (docs/SECURITY.md).");
            err.flush();
        }
    }

    /**
     * Tells how to write: the token itself only when this start created it (it is shown once), else where it
     * is kept. A browser gets it from the address's fragment, which never leaves the browser.
     */
    void printToken(PrintWriter out, MarsadServer server, WriteToken token) {
        if (token.created()) {
            out.println("Write token (shown once; kept in " + token.file() + "): " + token.value());
            out.println("To add articles from the page, open once: " + server.url() + "#token=" + token.value());
        } else {
            out.println("Write token: in " + token.file() + " (send it as " + WriteToken.HEADER
                    + "; open " + server.url() + "#token=TOKEN once to let a browser add articles)");
        }
        out.flush();
    }
}
