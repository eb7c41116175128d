package dev.marsad.app.cli;

import dev.marsad.app.ingest.IngestService;
import dev.marsad.app.ingest.IngestService.IngestResult;
import dev.marsad.app.server.MarsadServer;
import dev.marsad.app.server.ServerConfig;
import dev.marsad.model.Story;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marsad demo}: ingests the bundled corpus ({@code demo/articles/}) into a fresh data directory, groups it
 * into stories and serves the reader page until interrupted; {@code --no-serve} prints a summary and exits.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled demo articles and serve them (http://127.0.0.1:PORT/).")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    ServerOptions server = new ServerOptions();

    @Mixin
    FetchOptions fetch = new FetchOptions();

    @Option(names = "--no-serve", description = "Ingest, print a summary and exit.")
    boolean noServe;

    @Option(names = "--data-dir", description = "Data directory (default: a fresh temporary one, deleted at exit).")
    Optional<Path> dataDir;

    @Option(names = "--articles", description = "Corpus directory (default: the bundled demo/articles).")
    Optional<Path> articles;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path corpus = articles.or(DemoCommand::bundledCorpus).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "demo/articles not found: run from the repository or pass --articles DIR"));
        if (!Files.isDirectory(corpus)) {
            throw new CommandLine.ParameterException(spec.commandLine(), corpus + ": not a directory");
        }
        server.checkPort();
        Path dir = dataDir.isPresent() ? dataDir.get() : Files.createTempDirectory("marsad-demo");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (UntilInterrupted until = new UntilInterrupted(); Workspace workspace = new Workspace(dir, fetch.fetcher())) {
            List<IngestResult> results = workspace.ingest.ingestAll(corpusFiles(corpus));
            results.forEach(r -> r.error().ifPresent(e -> err.println("marsad: " + e)));
            if (noServe) {
                printSummary(out, results, workspace.stories.stories(), dir);
                return ExitCodes.OK;
            }
            ServerConfig config = server.config(workspace.token);
            server.warnIfExposed(config);
            MarsadServer started = workspace.serve(config);
            out.println("Marsad demo: " + started.url());
            server.printToken(out, started, workspace.token);
            until.await();
        } finally {
            if (dataDir.isEmpty()) {
                deleteTree(dir);
            }
        }
        return ExitCodes.OK;
    }

    /** The corpus's article files in name order; its README describes the corpus and is not an article. */
    static List<String> corpusFiles(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().toUpperCase(Locale.ROOT).startsWith("README"))
                    .map(Path::toString).sorted().toList();
        }
    }

    private static void printSummary(PrintWriter out, List<IngestResult> results, List<Story> stories, Path dir) {
        long files = results.size();
        long failed = results.stream().filter(r -> r.error().isPresent()).count();
        long stored = results.stream().mapToLong(r -> r.stored().size()).sum();
        out.println(String.format(Locale.ROOT, "Marsad demo: %d files, %d articles stored, %d unreadable, %d stories",
                files, stored, failed, stories.size()));
        for (Story story : stories) {
            out.println(String.format(Locale.ROOT, "  %2d  %s", story.articles().size(), story.headline()));
        }
        out.flush();
    }

    /** {@code demo/articles} under the working directory or above the running jar (the repository root). */
    static Optional<Path> bundledCorpus() {
        Path cwd = Path.of("").toAbsolutePath();
        Optional<Path> fromCwd = findUpwards(cwd);
        if (fromCwd.isPresent()) {
            return fromCwd;
        }
        try {
            Path code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return findUpwards(code);
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> findUpwards(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve("demo").resolve("articles");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Deletes {@code dir} and everything under it; shared with the bench's temporary stores. */
    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
