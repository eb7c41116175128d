package dev.marsad.app.cli;

import dev.marsad.app.server.MarsadServer;
import dev.marsad.app.server.ServerConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad serve}: the REST API and the reader page, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web page and REST API (stories, articles, entities, search, ingest).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    ServerOptions server = new ServerOptions();

    @Mixin
    FetchOptions fetch = new FetchOptions();

    @Option(names = "--data-dir", defaultValue = "marsad-data", description = "Data directory (default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        server.checkPort();
        try (UntilInterrupted until = new UntilInterrupted(); Workspace workspace = new Workspace(dataDir, fetch.fetcher())) {
            ServerConfig config = server.config(workspace.token);
            server.warnIfExposed(config);
            MarsadServer started = workspace.serve(config);
            PrintWriter out = server.out();
            out.println("Marsad: " + started.url());
            server.printToken(out, started, workspace.token);
            until.await();
        }
        return ExitCodes.OK;
    }
}
