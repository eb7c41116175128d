package dev.marsad.app.cli;

import dev.marsad.app.server.MarsadServer;
import dev.marsad.app.server.ServerConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad serve}: the REST API and the reader page, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web page and REST API (stories, articles, entities, search, ingest).")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "TCP port (0 picks a free one; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = ServerConfig.LOOPBACK,
            description = "Address to bind (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--data-dir", defaultValue = "marsad-data", description = "Data directory (default ${DEFAULT-VALUE}).")
    Path dataDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535: " + port);
        }
        try (UntilInterrupted until = new UntilInterrupted(); Workspace workspace = new Workspace(dataDir)) {
            MarsadServer server = workspace.serve(new ServerConfig(host, port, ServerConfig.DEFAULT_MAX_BODY));
            PrintWriter out = spec.commandLine().getOut();
            out.println("Marsad: " + server.url());
            out.flush();
            until.await();
        }
        return ExitCodes.OK;
    }
}
