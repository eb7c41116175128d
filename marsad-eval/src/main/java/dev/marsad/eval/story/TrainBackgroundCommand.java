package dev.marsad.eval.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.eval.data.StoryDays;
import dev.marsad.eval.data.UnseenStoryDays;
import dev.marsad.eval.ner.NerPaths;
import dev.marsad.text.MatchTerms;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train background}: rebuilds the background document frequencies of the story clusterer
 * ({@code dev/marsad/cluster/background-df.tsv.gz}) from the three unlabelled news streams of ../shared/data:
 * each article's title and text as the engine's matching terms, counted once per article. Articles that appear
 * in the labelled story days (matched by URL) and the records of the unseen story days ({@link UnseenStoryDays}, matched
 * by their definition) are left out, so the days the engine is measured on do not feed its weights. Terms in fewer than {@code --min-df} articles are dropped (they get the highest IDF anyway).
 * Deterministic: the same data gives the same file, byte for byte (sorted lines, no gzip timestamp).
 */
@Command(name = "background", mixinStandardHelpOptions = true,
        description = "Rebuild the story clusterer's background document frequencies from the unlabelled news streams.")
public final class TrainBackgroundCommand implements Callable<Integer> {
    static final List<String> STREAMS = List.of("saudinewsnet", "ant-multisource", "ant-jawharafm");

    @Option(names = "--data", description = "data folder (default ../shared/data)")
    Optional<Path> data = Optional.empty();

    @Option(names = "--out", description = "table file (default: marsad-core resources)")
    Optional<Path> out = Optional.empty();

    @Option(names = "--min-df", defaultValue = "3", description = "least document frequency kept (default ${DEFAULT-VALUE})")
    int minDf;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getOut();
        Path dataDir = NerPaths.dataDir(data);
        List<Path> files = STREAMS.stream().map(s -> dataDir.resolve(s).resolve("articles.jsonl.gz")).filter(Files::isRegularFile).toList();
        if (files.size() < STREAMS.size()) {
            log.println("train background: skipped, the news streams " + STREAMS + " are not all under " + dataDir);
            log.flush();
            return 0;
        }
        Set<String> heldOut = StoryDays.pageUrls(dataDir.resolve("story-days"));
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> df = new HashMap<>(1 << 18);
        int documents = 0;
        int skipped = 0;
        List<UnseenStoryDays.Definition> unseen = UnseenStoryDays.definitions();
        int unseenSkipped = 0;
        for (Path file : files) {
            List<UnseenStoryDays.Definition> unseenHere = unseen.stream()
                    .filter(d -> UnseenStoryDays.corpusFile(dataDir, d).equals(file)).toList();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    JsonNode row = json.readTree(line);
                    if (heldOut.contains(row.path("url").asText())) {
                        skipped++;
                        continue;
                    }
                    if (unseenHere.stream().anyMatch(d -> d.selects(row))) {
                        unseenSkipped++;
                        continue;
                    }
                    String text = row.path("title").asText() + "\n" + row.path("content").asText() + row.path("text").asText();
                    new HashSet<>(MatchTerms.of(text)).forEach(t -> df.merge(t, 1, Integer::sum));
                    documents++;
                }
            }
        }
        Path target = out.orElseGet(() -> NerPaths.repoRoot()
                .resolve("marsad-core/src/main/resources/dev/marsad/cluster/background-df.tsv.gz"));
        List<Map.Entry<String, Integer>> kept = new ArrayList<>(df.entrySet());
        kept.removeIf(e -> e.getValue() < minDf);
        kept.sort(Map.Entry.comparingByKey());
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(target)), StandardCharsets.UTF_8)) {
            w.write("# Background document frequencies of matching terms (dev.marsad.text.MatchTerms); see background-df.MODEL.md\n");
            w.write("# documents " + documents + "\n");
            for (Map.Entry<String, Integer> e : kept) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        log.printf(java.util.Locale.ROOT, "%d articles counted (%d story-day and %d unseen-day articles left out), %d terms, %d kept (df >= %d) -> %s%n",
                documents, skipped, unseenSkipped, df.size(), kept.size(), minDf, target);
        log.flush();
        return 0;
    }
}
