package dev.marsad.eval.words;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.eval.ner.NerPaths;
import dev.marsad.eval.data.StoryDays;
import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.ArabicTokenizer;
import dev.marsad.text.Token;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * {@code train words}: word clusters learnt from the three unlabelled news streams of ../shared/data
 * ({@link ExchangeClustering}, two sizes: a fine and a coarse clustering), for the name tagger's features. Tokens
 * are cut and folded as the tagger does ({@link ArabicTokenizer}, {@link ArabicNormalizer#fold}); paragraphs are
 * the units (no bigram crosses a line break). Story-day articles (and so every names-dev article) are left out
 * by URL. Words seen fewer than {@code --min-count} times are not clustered; context words are the
 * {@code --contexts} most frequent, the rest share one context. Deterministic: same data, same file.
 */
@Command(name = "words", mixinStandardHelpOptions = true,
        description = "Learn word clusters from the unlabelled news streams (for the name tagger).")
public final class TrainWordsCommand implements Callable<Integer> {
    @Option(names = "--data", description = "data folder (default ../shared/data)")
    Optional<Path> data = Optional.empty();

    @Option(names = "--out", description = "cluster file (default: marsad-core resources)")
    Optional<Path> out = Optional.empty();

    @Option(names = "--min-count", defaultValue = "10", description = "least count of a clustered word (default ${DEFAULT-VALUE})")
    int minCount;

    @Option(names = "--contexts", defaultValue = "16000", description = "context words each side (default ${DEFAULT-VALUE})")
    int contextWords;

    @Option(names = "--fine", defaultValue = "600", description = "classes of the fine clustering (default ${DEFAULT-VALUE})")
    int fine;

    @Option(names = "--coarse", defaultValue = "60", description = "classes of the coarse clustering (default ${DEFAULT-VALUE})")
    int coarse;

    @Option(names = "--iterations", defaultValue = "8", description = "most exchange passes (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--reuse-classes", description = "take the classes from this earlier output instead of clustering again "
            + "(recounts and rewrites the other columns; for trying changes quickly)")
    Optional<Path> reuse = Optional.empty();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Path dataDir = NerPaths.dataDir(data);
        List<String> streams = List.of("saudinewsnet", "ant-multisource", "ant-jawharafm");
        List<Path> files = streams.stream().map(s -> dataDir.resolve(s).resolve("articles.jsonl.gz")).filter(Files::isRegularFile).toList();
        if (files.size() < streams.size()) {
            log.println("train words: skipped, the news streams " + streams + " are not all under " + dataDir);
            log.flush();
            return 0;
        }
        Set<String> heldOut = StoryDays.pageUrls(dataDir.resolve("story-days"));
        if (heldOut.isEmpty()) {
            log.println("train words: skipped, no story days under " + dataDir + " to leave out");
            log.flush();
            return 0;
        }
        // Pass 1: the corpus as word ids (-1 = paragraph break) and counts.
        Map<String, Integer> ids = new HashMap<>(1 << 20);
        List<String> names = new ArrayList<>();
        IntList corpus = new IntList(1 << 24);
        List<Long> counts = new ArrayList<>();
        int articles = 0;
        int skipped = 0;
        ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    JsonNode row = json.readTree(line);
                    if (heldOut.contains(row.path("url").asText())) {
                        skipped++;
                        continue;
                    }
                    articles++;
                    String text = row.path("title").asText() + "\n" + row.path("content").asText() + row.path("text").asText();
                    for (String para : text.split("\n")) {
                        for (Token t : ArabicTokenizer.tokenize(para)) {
                            String f = ArabicNormalizer.fold(t.text());
                            Integer id = ids.get(f);
                            if (id == null) {
                                id = names.size();
                                ids.put(f, id);
                                names.add(f);
                                counts.add(0L);
                            }
                            counts.set(id, counts.get(id) + 1);
                            corpus.add(id);
                        }
                        corpus.add(-1);
                    }
                }
            }
        }
        log.printf(Locale.ROOT, "train words: %d articles (%d story-day articles left out), %d tokens, %d distinct words (%.0f s)%n",
                articles, skipped, corpus.size() - countBreaks(corpus), names.size(), (System.nanoTime() - t0) / 1e9);
        log.flush();
        // Words by falling count (ties by the word), clustered ones first.
        Integer[] order = new Integer[names.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // A word with a control or line-separator char would break the one-word-a-line file: never clustered.
        long[] usable = new long[names.size()];
        for (int i = 0; i < usable.length; i++) {
            usable[i] = !names.get(i).isEmpty() && names.get(i).chars().allMatch(ch -> ch > 0x20 && ch != 0x85 && ch != 0x2028 && ch != 0x2029
                    && !Character.isISOControl(ch) && !Character.isSurrogate((char) ch)) ? counts.get(i) : 0;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Long.compare(usable[b], usable[a]);
            return c != 0 ? c : names.get(a).compareTo(names.get(b));
        });
        int[] rank = new int[names.size()];
        int v = 0;
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
            if (usable[order[r]] >= minCount) {
                v = r + 1;
            }
        }
        int c = Math.min(contextWords, v);
        // Contexts: 0..c-1 a frequent word before, c "other word" before, c+1 paragraph start; then the same after.
        int side = c + 2;
        long[] pairs = new long[2 * corpus.size()];
        int np = 0;
        for (int i = 0; i < corpus.size(); i++) {
            int id = corpus.get(i);
            if (id < 0 || rank[id] >= v) {
                continue;
            }
            int w = rank[id];
            int before = i > 0 ? corpus.get(i - 1) : -1;
            int after = i + 1 < corpus.size() ? corpus.get(i + 1) : -1;
            pairs[np++] = ((long) w << 32) | context(before, rank, c);
            pairs[np++] = ((long) w << 32) | (side + context(after, rank, c));
        }
        pairs = Arrays.copyOf(pairs, np);
        Arrays.sort(pairs);
        int[] start = new int[v + 1];
        IntList ctx = new IntList(np / 4);
        IntList cnt = new IntList(np / 4);
        long[] freq = new long[v];
        for (int i = 0; i < np; ) {
            int j = i;
            while (j < np && pairs[j] == pairs[i]) {
                j++;
            }
            int w = (int) (pairs[i] >>> 32);
            ctx.add((int) pairs[i]);
            cnt.add(j - i);
            start[w + 1] = ctx.size();
            i = j;
        }
        for (int w = 0; w < v; w++) {
            start[w + 1] = Math.max(start[w + 1], start[w]);
            freq[w] = counts.get(order[w]);
        }
        pairs = null;
        ExchangeClustering.Contexts contexts = new ExchangeClustering.Contexts(v, 2 * side, start, ctx.toArray(), cnt.toArray(), freq);
        log.printf(Locale.ROOT, "train words: %d words with count >= %d, %d context words each side, %d word-context pairs (%.0f s)%n",
                v, minCount, c, ctx.size(), (System.nanoTime() - t0) / 1e9);
        log.flush();
        int[][] classes = new int[2][];
        int[] sizes = {fine, coarse};
        if (reuse.isPresent()) {
            Map<String, int[]> earlier = readClasses(reuse.get());
            classes[0] = new int[v];
            classes[1] = new int[v];
            for (int i = 0; i < v; i++) {
                int[] c2 = earlier.get(names.get(order[i]));
                if (c2 == null) {
                    throw new IOException(reuse.get() + ": no classes for " + names.get(order[i]) + "; cluster again");
                }
                classes[0][i] = c2[0];
                classes[1][i] = c2[1];
            }
        }
        for (int s = 0; s < 2 && reuse.isEmpty(); s++) {
            int k = sizes[s];
            int[] pass = {0};
            classes[s] = ExchangeClustering.renumber(ExchangeClustering.cluster(contexts, k, iterations, 0.002, moved -> {
                log.printf(Locale.ROOT, "train words: %d classes, pass %d moved %d words (%.0f s)%n", k, ++pass[0], moved,
                        (System.nanoTime() - t0) / 1e9);
                log.flush();
            }), k);
        }
        Path target = out.orElseGet(() -> NerPaths.repoRoot()
                .resolve("marsad-core/src/main/resources/dev/marsad/extract/ner/word-clusters-ar.tsv.gz"));
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(target)), StandardCharsets.UTF_8)) {
            w.write("# folded word, fine class (of " + fine + "), coarse class (of " + coarse
                    + "), article bucket (1..5, 0 none); see word-clusters-ar.MODEL.md\n");
            for (int i = 0; i < v; i++) {
                String word = names.get(order[i]);
                w.write(word + "\t" + classes[0][i] + "\t" + classes[1][i] + "\t" + articleBucket(word, ids, counts) + "\n");
            }
        }
        log.printf(Locale.ROOT, "train words: wrote %d words to %s (%d bytes) in %.0f s%n", v, target, Files.size(target),
                (System.nanoTime() - t0) / 1e9);
        log.flush();
        return 0;
    }

    /**
     * How often the news writes a word without the article also with it, as a bucket: common nouns and adjectives
     * take the article (فيروس / الفيروس, سيول / السيول), names without it rarely do (بوتين, كورونا). 0 for a word
     * with the article or seen fewer than {@value #ARTICLE_MIN} times in both forms; else 1..5 for a share of
     * article forms below 1%, 5%, 20%, 50% and above.
     */
    static int articleBucket(String word, Map<String, Integer> ids, List<Long> counts) {
        if (word.isEmpty() || word.startsWith("\u0627\u0644") || !Character.isLetter(word.charAt(0))) {
            return 0;
        }
        Integer bare = ids.get(word);
        Integer with = ids.get("\u0627\u0644" + word);
        long b = bare == null ? 0 : counts.get(bare);
        long a = with == null ? 0 : counts.get(with);
        if (a + b < ARTICLE_MIN) {
            return 0;
        }
        double share = (double) a / (a + b);
        return share < 0.01 ? 1 : share < 0.05 ? 2 : share < 0.2 ? 3 : share < 0.5 ? 4 : 5;
    }

    private static final int ARTICLE_MIN = 20;

    private static Map<String, int[]> readClasses(Path file) throws IOException {
        Map<String, int[]> out = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("# ")) {
                    String[] cols = line.split("\t");
                    out.put(cols[0], new int[] {Integer.parseInt(cols[1]), Integer.parseInt(cols[2])});
                }
            }
        }
        return out;
    }

    private static int context(int id, int[] rank, int c) {
        if (id < 0) {
            return c + 1;
        }
        return rank[id] < c ? rank[id] : c;
    }

    private static int countBreaks(IntList corpus) {
        int n = 0;
        for (int i = 0; i < corpus.size(); i++) {
            n += corpus.get(i) < 0 ? 1 : 0;
        }
        return n;
    }

    /** A growable int array (the corpus has about 17 million tokens: boxed integers would take gigabytes). */
    static final class IntList {
        private int[] a;
        private int n;

        IntList(int capacity) {
            a = new int[Math.max(16, capacity)];
        }

        void add(int x) {
            if (n == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = x;
        }

        int get(int i) {
            return a[i];
        }

        int size() {
            return n;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
