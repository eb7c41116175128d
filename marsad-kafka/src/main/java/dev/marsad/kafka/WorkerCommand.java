package dev.marsad.kafka;

import dev.marsad.app.ingest.ArticleAnalyzer;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad worker --kafka HOST:PORT}: analyses pages from the pages topic until stopped. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Analyse pages from Kafka (decode, clean, extract) and publish the articles; run as many as needed.")
public final class WorkerCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Consumers in this process, each a member of the group (default: ${DEFAULT-VALUE}).")
    int threads = 1;

    @Option(names = "--max-lead", paramLabel = "DURATION", defaultValue = "2s",
            converter = dev.marsad.app.cli.DurationConverter.class,
            description = "How far (in publish time) a partition may run ahead of the group's slowest before this "
                    + "worker pauses it, keeping the articles in publication order (default: ${DEFAULT-VALUE}).")
    java.time.Duration maxLead = Worker.DEFAULT_MAX_LEAD;

    @Override
    public Integer call() {
        if (threads < 1 || maxLead.isNegative()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be 1 or more, --max-lead not negative");
        }
        PrintWriter err = spec.commandLine().getErr();
        KafkaSettings settings = kafka.settings();
        Topics.ensure(settings);
        ArticleAnalyzer analyzer = new ArticleAnalyzer(NewsPipeline.standard(PipelineConfig.DEFAULT));
        List<Worker> workers = new ArrayList<>();
        String host = ProcessHandle.current().pid() + "";
        for (int i = 0; i < threads; i++) {
            workers.add(new Worker(settings, analyzer, err, "marsad-worker-" + host + "-" + i, maxLead));
        }
        err.println("marsad: worker: " + threads + " consumer(s) of " + settings.pagesTopic() + " at "
                + settings.bootstrap() + ", group " + settings.workerGroup());
        err.flush();
        return UntilStopped.run(workers, workers, "worker");
    }
}
