package dev.marsad.eval.ner;

import dev.marsad.eval.data.StoryDays;
import dev.marsad.eval.extract.NewsQuotes;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractConfig;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.extract.ner.NameFinder;
import dev.marsad.extract.ner.NerModel;
import dev.marsad.extract.ner.TrainedNameFinder;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Role;
import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.ArabicTokenizer;
import dev.marsad.text.Token;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train people}: the list of people the unlabelled news names again and again (distant supervision for the
 * extract stage's {@code NewsPeople}). Every article of the three streams goes through the extract stage as analyze
 * runs it (tagger and rules, each article a run of its own, without the list itself); a name of two words or more
 * reported as a person is listed when enough articles from enough outlets report it so, and when the articles that
 * write it mostly report it as a person (a name the tagger sees as a person only now and then is not listed).
 * Left out, so that no evaluated article feeds the list: story-day pages and every labelled quotes set (by URL) and
 * the days the story evaluation reads. Deterministic: same data and model, same file.
 */
@Command(name = "people", mixinStandardHelpOptions = true,
        description = "Learn the list of people the unlabelled news names (for the extract stage).")
public final class TrainPeopleCommand implements Callable<Integer> {
    static final List<String> STREAMS = SelfTraining.STREAMS;
    /** Days the story evaluation reads (SaudiNewsNet dates, ANT docno dates): never learnt from. */
    private static final List<String> EVALUATED_DAYS = List.of("2015-08-09", "2015-08-10", "20180312", "20180313",
            "20180314", "20180315", "20180316", "20180317", "20180318", "20180319", "20180320", "20180409");

    @Option(names = "--data", description = "data folder (default ../shared/data)")
    Optional<Path> data = Optional.empty();

    @Option(names = "--out", description = "list file (default: marsad-core resources)")
    Optional<Path> out = Optional.empty();

    @Option(names = "--model", description = "tagger model (default: the committed one; a model trained without the held-out "
            + "slice keeps that slice's scores clean)")
    Optional<Path> modelFile = Optional.empty();

    @Option(names = "--articles", defaultValue = "0", description = "read at most this many articles (0: all; for trials)")
    int maxArticles;

    @Option(names = "--min-articles", defaultValue = "4", description = "least number of articles reporting the name as a person (default ${DEFAULT-VALUE})")
    int minArticles;

    @Option(names = "--min-outlets", defaultValue = "2", description = "least number of outlets among them (default ${DEFAULT-VALUE})")
    int minOutlets;

    @Option(names = "--min-share", defaultValue = "0.5", description = "least share of the articles writing the name that report it "
            + "as a person (default ${DEFAULT-VALUE})")
    double minShare;

    @Option(names = "--min-word-share", defaultValue = "0.1", description = "least share of the last word's occurrences that are "
            + "inside names reported as people (حسن الاستقبال: the reception, not a man) (default ${DEFAULT-VALUE})")
    double minWordShare;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One article of a stream. */
    record Article(String outlet, String text) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Path dataDir = NerPaths.dataDir(data);
        List<Path> files = STREAMS.stream().map(s -> dataDir.resolve(s).resolve("articles.jsonl.gz")).filter(Files::isRegularFile).toList();
        if (files.size() < STREAMS.size()) {
            log.println("train people: skipped, the news streams " + STREAMS + " are not all under " + dataDir);
            log.flush();
            return 0;
        }
        Set<String> leftOut = new HashSet<>(StoryDays.pageUrls(dataDir.resolve("story-days")));
        leftOut.addAll(NewsQuotes.labelledKeys());
        List<Article> articles = read(files, leftOut);
        log.printf(Locale.ROOT, "train people: %d articles (left out: %d labelled pages and articles, the evaluated days) (%.0f s)%n",
                articles.size(), leftOut.size(), seconds(t0));
        log.flush();

        Optional<NameFinder> finder = TrainedNameFinder.loadDefault();
        if (modelFile.isPresent()) {
            try (InputStream in = Files.newInputStream(modelFile.get())) {
                finder = Optional.of(new TrainedNameFinder(NerModel.read(in)));
            }
        }
        ArticleExtractor extractor = new ArticleExtractor(new ExtractConfig(true, false), finder);
        NameFinder tagger = finder.orElseThrow(() -> new IOException("no committed model; run ./marsad train ner"));
        // Per name: articles reporting it as a person, their outlets; articles reporting it as a place or body.
        Map<String, Set<Integer>> personArticles = new ConcurrentHashMap<>();
        Map<String, Set<String>> outlets = new ConcurrentHashMap<>();
        Map<String, Set<Integer>> otherArticles = new ConcurrentHashMap<>();
        Map<String, LongAdder> inNames = new ConcurrentHashMap<>();
        java.util.stream.IntStream.range(0, articles.size()).parallel().forEach(i -> {
            Article a = articles.get(i);
            List<Entity> entities = extractor.extract(new CleanArticle(Role.MAIN, ArticleMetadata.EMPTY, a.text()),
                    new ExtractionRun()).entities();
            for (Entity e : entities) {
                if (e.type() != EntityType.PERSON) {
                    // خميس مشيط, a city the tagger now and then takes for a man's name.
                    foldedWords(e.text()).map(w -> String.join(" ", w))
                            .ifPresent(name -> otherArticles.computeIfAbsent(name, k -> ConcurrentHashMap.newKeySet()).add(i));
                    continue;
                }
                Optional<List<String>> words = foldedWords(e.text());
                // How often each word is inside a person's name, whatever the name (for --min-word-share).
                words.ifPresent(w -> w.forEach(word -> inNames.computeIfAbsent(word, k -> new LongAdder()).increment()));
                // حسن الجوار (good neighbourliness) is no person however often the tagger says so; لسوق عكاظ is a
                // market behind a preposition, not a man whose name starts with ل.
                words.filter(w -> w.size() >= 2 && w.stream().noneMatch(tagger::isCommonNewsWord)
                                && !commonBehindProclitic(w.get(0), tagger))
                        .map(w -> String.join(" ", w)).ifPresent(name -> {
                            personArticles.computeIfAbsent(name, k -> ConcurrentHashMap.newKeySet()).add(i);
                            outlets.computeIfAbsent(name, k -> ConcurrentHashMap.newKeySet()).add(a.outlet());
                        });
            }
        });
        log.printf(Locale.ROOT, "train people: %d names of two words or more reported as people (%.0f s)%n",
                personArticles.size(), seconds(t0));
        log.flush();

        // How many articles write each candidate at all (reported or not).
        Map<String, Integer> candidates = new HashMap<>();
        personArticles.forEach((name, arts) -> {
            if (arts.size() >= minArticles && outlets.get(name).size() >= minOutlets) {
                candidates.put(name, 0);
            }
        });
        int longest = candidates.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(0);
        Map<String, Integer> lastWords = new HashMap<>();
        candidates.keySet().forEach(n -> lastWords.put(n.substring(n.lastIndexOf(' ') + 1), 0));
        for (Article a : articles) {
            Set<String> seen = new HashSet<>();
            List<String> words = new ArrayList<>();
            for (Token t : ArabicTokenizer.tokenize(a.text())) {
                String f = t.isWord() ? ArabicNormalizer.foldLower(t.text()) : "";
                words.add(f);
                lastWords.computeIfPresent(f, (k, v) -> v + 1);
            }
            for (int i = 0; i < words.size(); i++) {
                StringBuilder name = new StringBuilder(words.get(i));
                for (int k = 1; k < longest && i + k < words.size() && !words.get(i + k).isEmpty(); k++) {
                    name.append(' ').append(words.get(i + k));
                    String n = name.toString();
                    if (candidates.containsKey(n) && seen.add(n)) {
                        candidates.merge(n, 1, Integer::sum);
                    }
                }
            }
        }
        List<String[]> kept = new ArrayList<>();
        candidates.forEach((name, writing) -> {
            int reported = personArticles.get(name).size();
            int other = otherArticles.getOrDefault(name, Set.of()).size();
            double share = (double) reported / Math.max(writing, reported);
            String last = name.substring(name.lastIndexOf(' ') + 1);
            double lastInNames = inNames.get(last).doubleValue() / Math.max(1, lastWords.get(last));
            if (share >= minShare && other * 4 < reported && lastInNames < minWordShare) {
                log.println("train people: not listed, its last word is mostly no name's: " + name + " ("
                        + String.format(Locale.ROOT, "%.3f", lastInNames) + ")");
            }
            if (share >= minShare && other * 4 < reported && lastInNames >= minWordShare) {
                kept.add(new String[] {name, Integer.toString(reported), Integer.toString(Math.max(writing, reported)),
                    Integer.toString(outlets.get(name).size())});
            }
        });
        kept.sort((x, y) -> {
            int byCount = Integer.compare(Integer.parseInt(y[1]), Integer.parseInt(x[1]));
            return byCount != 0 ? byCount : x[0].compareTo(y[0]);
        });
        Path target = out.orElse(NerPaths.repoRoot().resolve("marsad-core/src/main/resources/dev/marsad/extract/ner/news-people-ar.tsv.gz"));
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(target)), StandardCharsets.UTF_8)) {
            w.write(String.format(Locale.ROOT, "# people the unlabelled news names: ./marsad train people (--min-articles %d "
                    + "--min-outlets %d --min-share %s); name, articles reporting it as a person, articles writing it, outlets%n",
                    minArticles, minOutlets, minShare));
            for (String[] row : kept) {
                w.write(String.join("\t", row) + "\n");
            }
        }
        log.printf(Locale.ROOT, "train people: %d of %d candidates listed (share >= %s) -> %s (%.0f s)%n",
                kept.size(), candidates.size(), minShare, target, seconds(t0));
        log.flush();
        return 0;
    }

    /** A first word that is a common word behind a one-letter proclitic (لسوق، وزير) and not itself a first name. */
    static boolean commonBehindProclitic(String word, NameFinder tagger) {
        return word.length() > 3 && "وفبلك".indexOf(word.charAt(0)) >= 0 && !tagger.isFirstName(word)
                && tagger.isCommonNewsWord(word.substring(1));
    }

    /** The name's folded words when every token of it is a word (a name with punctuation inside is not listed). */
    static Optional<List<String>> foldedWords(String name) {
        List<String> words = new ArrayList<>();
        for (Token t : ArabicTokenizer.tokenize(name)) {
            if (!t.isWord()) {
                return Optional.empty();
            }
            words.add(ArabicNormalizer.foldLower(t.text()));
        }
        return Optional.of(words);
    }

    private List<Article> read(List<Path> files, Set<String> leftOut) throws IOException {
        List<Article> articles = new ArrayList<>();
        // One article of each stream in turn, so that a trial run with --articles sees every year and source.
        StreamsInTurn.read(files, () -> maxArticles == 0 || articles.size() < maxArticles, row -> {
            String when = row.path("date_extracted").asText() + " " + row.path("docno").asText();
            if (leftOut.contains(row.path("url").asText()) || leftOut.contains(row.path("docno").asText())
                    || EVALUATED_DAYS.stream().anyMatch(when::contains)) {
                return;
            }
            String outlet = row.path("source").asText() + row.path("src").asText();
            articles.add(new Article(outlet, row.path("title").asText() + "\n\n"
                    + row.path("content").asText() + row.path("text").asText()));
        });
        return articles;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
