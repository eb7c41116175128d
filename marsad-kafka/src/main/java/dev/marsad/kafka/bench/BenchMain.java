package dev.marsad.kafka.bench;

import dev.marsad.kafka.KafkaMain;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of {@code marsad bench distributed}: the distributed mode's commands with the benchmark beside
 * {@code bench ingest}. Its own entry point, so that the product ({@link KafkaMain}) does not depend on the bench,
 * and the launcher adds the in-JVM broker's libraries (target/broker-lib) for it alone.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        CommandLine cli = KafkaMain.commandLine(out, err);
        cli.getSubcommands().get("bench").addSubcommand(new BenchDistributedCommand());
        cli.getSubcommands().get("bench").addSubcommand(new BenchPlacerCommand());
        System.exit(cli.execute(args));
    }
}
