package dev.marsad.eval.floors;

import dev.marsad.adapter.files.DataDirs;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs every evaluation named in the floors file and fails when a figure has dropped below its floor, so that a
 * change that lowers an accuracy fails {@code ./test} instead of hiding in docs/EVALUATION.md. Each evaluation
 * runs once, as {@code ./marsad eval NAME} (a child JVM), and the figures are read from what it prints.
 */
@Command(name = "floors", mixinStandardHelpOptions = true,
        description = "Check every evaluation's figures against their floors (exit 1 when one fell).")
public final class EvalFloorsCommand implements Callable<Integer> {
    /** The floors shipped with the code, beside this class. */
    static final String DEFAULT_FLOORS = "floors.tsv";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", description = "data directory (default ../shared/data)")
    Optional<Path> data = Optional.empty();

    @Option(names = "--floors", description = "floors file (default: the one shipped, "
            + "marsad-eval/src/main/resources/dev/marsad/eval/floors/floors.tsv)")
    Optional<Path> floorsFile = Optional.empty();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Path> dir = DataDirs.resolve(data);
        if (dir.isEmpty()) {
            out.println("evaluation floors: skipped, ../shared/data not found (give --data DIR)");
            return 0;
        }
        List<Floor> floors = Floor.parse(floorLines(), floorsFile.map(Path::toString).orElse(DEFAULT_FLOORS));
        Map<String, List<Floor>> byCommand = new LinkedHashMap<>();
        floors.forEach(f -> byCommand.computeIfAbsent(f.command(), c -> new ArrayList<>()).add(f));
        List<Verdict> verdicts = new ArrayList<>();
        for (var entry : byCommand.entrySet()) {
            String output = run(entry.getKey(), dir.get());
            out.println("eval " + entry.getKey() + ":");
            for (Floor floor : entry.getValue()) {
                Verdict verdict = Verdict.judge(floor, output);
                verdicts.add(verdict);
                out.println(verdict.line());
            }
            out.flush();
        }
        long held = count(verdicts, Verdict.Status.HELD);
        long fell = count(verdicts, Verdict.Status.FELL) + count(verdicts, Verdict.Status.MISSING);
        long skipped = count(verdicts, Verdict.Status.SKIPPED);
        out.printf(java.util.Locale.ROOT, "evaluation floors: %d held, %d fell, %d skipped%n", held, fell, skipped);
        return fell == 0 ? 0 : 1;
    }

    private List<String> floorLines() throws IOException {
        if (floorsFile.isPresent()) {
            return Files.readAllLines(floorsFile.get(), StandardCharsets.UTF_8);
        }
        try (InputStream in = EvalFloorsCommand.class.getResourceAsStream(DEFAULT_FLOORS)) {
            if (in == null) {
                throw new IOException("no floors file on the class path: " + DEFAULT_FLOORS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static long count(List<Verdict> verdicts, Verdict.Status status) {
        return verdicts.stream().filter(v -> v.status() == status).count();
    }

    /**
     * Runs {@code eval NAME} in a child JVM on this one's class path (so no evaluation's statics or heap touch
     * another's) and returns everything it printed, standard error included. The evaluations are this command's
     * siblings in the {@code eval} group, and the child starts the main class this one was started by (read from
     * the command tree, so that this class does not need the main class that lists it).
     */
    private String run(String name, Path dataDir) throws IOException {
        CommandLine eval = spec.parent().subcommands().get(name);
        if (eval == null) {
            throw new IOException("the floors file names an unknown evaluation: " + name);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx4g", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                spec.root().userObject().getClass().getName(), "eval", name));
        if (eval.getCommandSpec().findOption("--data") != null) {
            command.addAll(List.of("--data", dataDir.toString()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            int status = process.waitFor();
            return status == 0 ? output : output + "\n(eval " + name + " exited " + status + ")\n";
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while eval " + name + " ran", e);
        }
    }
}
