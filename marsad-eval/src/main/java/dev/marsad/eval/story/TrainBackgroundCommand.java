package dev.marsad.eval.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.cluster.BackgroundFrequencies;
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

    @Option(names = "--min-pair-df", defaultValue = "40", description = "least document frequency of a word pair kept, "
            + "and of each of its words for the pair to be counted (default ${DEFAULT-VALUE}: a name pair in fewer articles "
            + "is rare for the name rule anyway)")
    int minPairDf;

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
        Map<String, Integer> df = new HashMap<>(1 << 18);
        int[] tally = new int[3];
        forEachText(dataDir, files, heldOut, tally, terms -> new HashSet<>(terms).forEach(t -> df.merge(t, 1, Integer::sum)));
        int documents = tally[0];
        int skipped = tally[1];
        int unseenSkipped = tally[2];
        // Word pairs, a second pass: only pairs of words both seen in at least --min-pair-df articles (a pair with a
        // rarer word is as rare as that word), and only pairs seen that often are kept: what is missing is rarer.
        Map<String, Integer> pairs = new HashMap<>(1 << 20);
        forEachText(dataDir, files, heldOut, new int[3], terms -> {
            Set<String> seen = new HashSet<>();
            for (int i = 1; i < terms.size(); i++) {
                String a = terms.get(i - 1);
                String b = terms.get(i);
                if (df.getOrDefault(a, 0) >= minPairDf && df.getOrDefault(b, 0) >= minPairDf) {
                    seen.add(BackgroundFrequencies.pair(a, b));
                }
            }
            seen.forEach(p -> pairs.merge(p, 1, Integer::sum));
        });
        Path target = out.orElseGet(() -> NerPaths.repoRoot()
                .resolve("marsad-core/src/main/resources/dev/marsad/cluster/background-df.tsv.gz"));
        List<Map.Entry<String, Integer>> kept = new ArrayList<>(df.entrySet());
        kept.removeIf(e -> e.getValue() < minDf);
        int pairsCounted = pairs.size();
        pairs.values().removeIf(c -> c < minPairDf);
        int pairsKept = pairs.size();
        kept.addAll(pairs.entrySet());
        kept.sort(Map.Entry.comparingByKey());
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(target)), StandardCharsets.UTF_8)) {
            w.write("# Background document frequencies of matching terms (dev.marsad.text.MatchTerms); see background-df.MODEL.md\n");
            w.write("# documents " + documents + "\n");
            for (Map.Entry<String, Integer> e : kept) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        log.printf(java.util.Locale.ROOT, "%d articles counted (%d story-day and %d unseen-day articles left out), %d terms, %d kept (df >= %d); "
                        + "%d word pairs, %d kept (df >= %d) -> %s%n",
                documents, skipped, unseenSkipped, df.size(), kept.size() - pairsKept, minDf, pairsCounted, pairsKept, minPairDf, target);
        log.flush();
        return 0;
    }

    /**
     * Calls {@code each} with the matching terms (in text order) of every stream article's title and text, leaving out
     * the story days' pages and the unseen days' records; {@code tally} gets the articles counted, the story-day
     * articles and the unseen-day articles left out.
     */
    private static void forEachText(Path dataDir, List<Path> files, Set<String> heldOut, int[] tally,
                                    java.util.function.Consumer<List<String>> each) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<UnseenStoryDays.Definition> unseen = UnseenStoryDays.definitions();
        for (Path file : files) {
            List<UnseenStoryDays.Definition> unseenHere = unseen.stream()
                    .filter(d -> UnseenStoryDays.corpusFile(dataDir, d).equals(file)).toList();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    JsonNode row = json.readTree(line);
                    if (heldOut.contains(row.path("url").asText())) {
                        tally[1]++;
                        continue;
                    }
                    if (unseenHere.stream().anyMatch(d -> d.selects(row))) {
                        tally[2]++;
                        continue;
                    }
                    String text = row.path("title").asText() + "\n" + row.path("content").asText() + row.path("text").asText();
                    each.accept(MatchTerms.of(text));
                    tally[0]++;
                }
            }
        }
    }
}
